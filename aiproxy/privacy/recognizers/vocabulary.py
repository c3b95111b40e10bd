"""Words that NER models tag as names or places in business text but that never are.

Hand-written from support, engineering and HR vocabulary; never derived from a name list.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


#: Words for the part someone plays: never a name, whoever they stand for ("the customer's
#: manager", "Caller: yes").
ROLE_WORDS = _words(
    """
    customer client user agent bot system admin support team manager lead owner reporter
    assignee requester approver reviewer engineer employee patient tenant applicant
    candidate contact caller driver courier rider host moderator interviewer operator
    dispatcher rep visitor seller buyer vendor supplier landlord witness advisor adviser
    committer author viewer viewers designer design eng pm qa ux feedback
    """
)

#: Capitalised words that start sentences, headers, greetings and sign-offs.
FUNCTION_WORDS = ROLE_WORDS | _words(
    """
    hi hello hey dear thanks thank regards cheers best sincerely kind warm yours ok okay
    yes no please note fyi re fw fwd subject from to cc bcc date time status priority
    all everyone folks guys name account order ticket case issue
    summary description details update action next steps notes note todo question answer
    q a error warning info debug trace request response mr mrs ms mx dr prof sir madam
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    january february march april may june july august september october november december
    morning afternoon evening regarding following attached also hope sorry unfortunately
    crm hr it ops sales billing legal finance marketing finance security incident meeting
    agenda minutes voicemail transcript background changelog release notes memo reminder
    christmas easter diwali eid hanukkah passover ramadan thanksgiving orthodox rosh hashanah
    yom kippur lunar vesak pentecost pongal onam holi navratri nowruz vaisakhi kwanzaa purim
    sukkot shabbat sabbath raya puasa boxing juneteenth
    tel fax mobile phone email web adjuster tracking shipping
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thur thurs fri
    care crew lunch breakfast dinner airport rooms login logout compliance meter card
    linehaul relations acquisition specialist talent payroll groet avv
    reason comment comments description title type value key host port path url env region
    service tags label labels category source target result output input level message code
    """
)

#: Product, tool and technical terms small NER models commonly mislabel as people or places.
TECH_WORDS = _words(
    """
    slack jira zendesk salesforce hubspot stripe paypal github gitlab bitbucket jenkins
    docker kubernetes k8s helm terraform ansible aws azure gcp google microsoft apple amazon
    postgres postgresql mysql redis mongodb kafka rabbitmq nginx apache linux ubuntu debian
    windows macos ios android chrome firefox safari edge outlook gmail teams zoom webex
    excel word powerpoint sharepoint onedrive dropbox notion confluence trello asana figma
    python java javascript typescript rust golang node npm pip yarn react angular vue django
    flask fastapi rails spring graphql rest api sdk cli ui ux sso saml oauth jwt ldap okta
    openai anthropic claude gpt chatgpt llm ml ai pdf csv json yaml xml html css http https
    sql nosql vpn dns cdn ssl tls ssh ci cd qa uat prod staging dev sandbox beta alpha
    invoice refund billing checkout cart sku promo coupon webhook endpoint dashboard
    pixel iphone ipad macbook galaxy surface thinkpad kindle alexa siri spark airflow
    snowflake databricks bigquery tableau looker revert merge deploy rollback hotfix
    dark light smart auto bulk quick easy mode edit sync share export import search inbox
    insights analytics autopilot assistant copilot workflow workflows starter premium
    success growth enterprise business operations platform grafana prometheus datadog
    sentry pagerduty kibana splunk opsgenie vercel netlify heroku cloudflare twilio sendgrid
    mailchimp intercom freshdesk shopify
    """
)

#: Function words and set phrases of the other languages customers write in, which small
#: English models tag as names when they start a sentence ("Il certificato", "Din katt").
FOREIGN_FUNCTION_WORDS = _words(
    """
    il lo gli sul sulla nel nella della dello degli per con che grazie posso oggetto buongiorno
    ciao prego salve der die und bitte danke betreff hallo mit nicht auch
    le les des une est pour avec merci objet bonjour salut voici
    el los las una por para con gracias asunto hola buenos
    o os um uma não obrigado obrigada assunto olá
    het een niet ook voor met bedankt onderwerp verwachte graag
    din ditt och att inte för med tack hej ämne
    nie jest się dla dziękuję temat cześć
    bir ve için ile teşekkürler konu merhaba
    kalau sejak dan untuk dengan terima kasih je seine ihre
    et kein keine bula vinaka
    jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
    lunes martes miyerkules huwebes biyernes sabado
    paciente atendimento atendente cliente clienta müşteri temsilci kunde kundin mitarbeiter
    berater agente asesor asesora operador operadora klant medewerker klient konsultant kund
    handläggare doctora enfermera médico médica pracownik
    claro perfeito perfecto confirmo confirma vale genau gerne tamam evet hay\u0131r sim não sí
    oui non ja nein tak cupom termin
    anda kami kita saya dia mereka kepada yth bapak ibu layanan divisi nasabah pelanggan
    usko unko isko mujhe humein aap tum damen herren sehr geehrte
    viele grüße gruß liebe guten tag ihr courriel santé dña barr oberärztin oberarzt chefarzt
    mamá mamã mama mum mummy mommy mom papa papá dad daddy nanay tatay kuya lola lolo abuela
    abuelo oma opa nonna nonno babcia dziadek aita amatxo aitatxo amona aitona mamm
    mamma pappa mormor farmor morfar farfar mãe pai vovó vovô avó avô mémé pépé mamie papi
    babushka dedushka
    mteja mhudumu ndiyo
    magandang paalala walang yung pwede opo
    """
)

#: Languages, as an interpreter or a caller's preference names them ("Interpreter: Urdu").
LANGUAGE_NAMES = _words(
    """
    urdu hindi bengali bangla sylheti punjabi gujarati tamil telugu marathi nepali sinhala
    rohingya chittagonian arabic farsi persian dari pashto kurdish turkish amharic tigrinya
    somali swahili yoruba igbo hausa twi mandarin cantonese vietnamese tagalog thai korean
    japanese polish romanian russian ukrainian portuguese spanish french german italian
    albanian greek hebrew bsl asl
    """
)

#: What follows a name without being one: "Nkechi Obi, Esq.", "Mark Udo, PhD".
NAME_SUFFIXES = _words("esq esquire phd md dds jd mba cpa rn lpn")

NOT_A_NAME = FUNCTION_WORDS | TECH_WORDS | FOREIGN_FUNCTION_WORDS | LANGUAGE_NAMES | NAME_SUFFIXES

#: Common words that are capitalised only because they start a sentence. None is a given name
#: in any culture we know of (so no "Will", "May", "Mark", "Can", "Bill", "Grace", "Don"):
#: a sentence-initial word from this list never makes NER worth running.
SENTENCE_STARTERS = _words(
    """
    a an the this that these those there here it its i i'm i've i'd i'll we we're we've
    you you're your yours he she they they're their them his her our us my me
    is are was were be been being am do does did done has have had having would could should
    shall must might not no yes if when whenever while where which what who whom whose why how
    because since until unless although though but and or nor so yet then than also just only
    even still already now soon later again once after before during about above below under
    over into onto from with without within for of on at by to as per via all any each every
    some most many more much few several both either neither other another such same own
    according additionally anyway apparently as basically besides certainly clearly currently
    finally first second third last next meanwhile moreover otherwise overall perhaps
    previously probably similarly therefore thus instead indeed initially however ideally
    actually please let lets let's see check make take send keep find get give use try note
    looks seems sounds thank thanks sorry ok okay sure great good fine well oh ah hmm meet
    version build release step item section part chapter table figure example attached
    attachment update updated fixed added removed changed new old our their everything
    something nothing anything someone anyone everyone nobody
    """
)

#: Words of `NOT_A_NAME` that are also given names: a name when a surname follows them.
GIVEN_NAME_WORDS = frozenset({"hope", "may", "will", "faith", "grace", "joy", "mark", "bill"})

#: Lower-case particles that appear inside personal names across many cultures.
NAME_PARTICLES = _words(
    """
    van von der den de del della di da do dos das du la le bin binti bint ibn al el ben
    ní ó ó' mac mc ter ten zu y e ap ab verch ferch
    """
)

#: Short acronyms that are places: NER reads around them and they may be a LOCATION.
PLACE_ACRONYMS = frozenset({"UK", "US", "USA", "UAE", "EU", "NYC", "DC", "LA", "SF", "HK", "NZ"})

#: Given names that are also English words, written down by hand from names heard across
#: cultures (not from a generator's list). One of them alone is still a name where a word
#: of English vocabulary would not be ("Blessing", not "Report").
WORD_NAMES = GIVEN_NAME_WORDS | _words(
    """
    blessing precious patience prudence charity comfort mercy favour favor gift goodness
    innocent justice memory peace prosper rose lily daisy ivy iris pearl ruby amber jade holly
    heather summer autumn dawn april june august frank grant chase hunter mason sterling taylor
    ray guy dean drew jack nick destiny harmony melody liberty river robin sunny victor
    """
)

#: Accounts that belong to a system or a role, not to a person.
SYSTEM_ACCOUNTS = _words(
    """
    root admin administrator deploy deployer ubuntu debian centos ec2-user git postgres mysql
    www-data nginx apache nobody daemon test guest oracle pi user jenkins ansible backup ftp
    mail svc service system sshd operator support ci runner build bot app web api apikey token
    oauth
    """
)
