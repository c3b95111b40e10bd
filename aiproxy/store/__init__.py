"""store: the database handle and the schema.

Importing the package registers every table module on `Base.metadata`, so migrations and
schema comparisons always see the whole schema, whichever module was imported first.
"""

from aiproxy.store import log_tables as log_tables
