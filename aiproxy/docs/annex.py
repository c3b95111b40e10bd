"""The generative-AI annex: one Markdown section per feature, every statement from the policy.

A privacy team publishes this beside its privacy policy. It is rendered from the same file the
proxy enforces (deterministically: sorted, no timestamps), so a policy change that alters what
is sent, to whom, or for how long is kept changes the annex too. Where a sentence describes what
aiproxy always does (pseudonym maps never stored, placeholders restored), it is a property of
the code that enforces the policy, not a promise written beside it.
"""

from __future__ import annotations

from aiproxy.docs.subprocessors import KIND_NAMES, eligible_providers, endpoint, regions, yes_no
from aiproxy.docs.wording import ACTION_MEANING, ACTION_SAMPLE, duration, entity, masked_sample
from aiproxy.policy.schema import Feature, Policy
from aiproxy.privacy.pseudonyms import label


def listing(items: list[str] | tuple[str, ...], empty: str = "none") -> str:
    return ", ".join(f"`{i}`" for i in items) if items else empty


def roles_where(
    policy: Policy, *, feature: str | None = None, flag: str | None = None
) -> list[str]:
    return sorted(
        name
        for name, role in policy.roles.items()
        if (feature is not None and feature in role.features)
        or (flag is not None and getattr(role, flag))
    )


def render_annex(policy: Policy, version: str | None = None) -> str:
    admins = roles_where(policy, flag="admin")
    lines = [
        "# Generative AI annex",
        "",
        "This annex describes each feature of our service that uses generative AI: what it is",
        "for, who can use it, what data is sent to which sub-processor, how personal data is",
        "protected, and how long records are kept. It is generated from the policy our AI",
        "proxy enforces on every request, so it describes what actually happens.",
    ]
    if version:
        lines += ["", f"Policy version: `{version}`."]
    for name in sorted(policy.features):
        lines += feature_section(policy, name, admins)
    lines += administrator_section(policy, admins)
    return "\n".join(lines) + "\n"


def feature_section(policy: Policy, name: str, admins: list[str]) -> list[str]:
    feature = policy.features[name]
    return [
        "",
        f"## {name}",
        "",
        f"**Purpose.** {feature.purpose.rstrip('.')}.",
        *who_section(policy, name, feature, admins),
        *data_section(feature),
        *personal_data_section(feature),
        *subprocessor_section(policy, feature),
        *retention_section(policy, feature),
        *never_section(feature),
    ]


def who_section(policy: Policy, name: str, feature: Feature, admins: list[str]) -> list[str]:
    granting = roles_where(policy, feature=name)
    lines = ["", "### Who can use it", ""]
    if granting:
        lines.append(f"- Users who hold one of these roles: {listing(granting)}.")
    else:
        lines.append("- No role grants this feature at present, so nobody can use it.")
    lines.append(
        f"- Administrators ({listing(admins, 'no administrator role is defined')}) assign and "
        "remove these roles and can suspend a user's access at once; every change is audited."
    )
    for role in granting:
        r = policy.roles[role]
        limits = []
        if r.daily_tokens:
            limits.append(f"{r.daily_tokens:,} tokens per user per day")
        if r.requests_per_minute:
            limits.append(f"{r.requests_per_minute:,} requests per user per minute")
        if limits:
            lines.append(f"- Limits for `{role}`: {', '.join(limits)}.")
    if feature.consent == "required":
        lines.append(
            "- This feature is optional: a user who withdraws consent can no longer use it."
        )
    return lines


def data_section(feature: Feature) -> list[str]:
    lines = [
        "",
        "### Data sent to the model",
        "",
        f"- Models: {listing(sorted(feature.models))}.",
        f"- Request fields passed on: {listing(sorted(feature.allow_fields))}; any other field "
        "is removed before sending.",
    ]
    if feature.max_input_tokens:
        over = (
            "the oldest turns of a conversation are dropped to fit"
            if feature.overflow == "truncate_history"
            else "longer requests are refused"
        )
        lines.append(f"- Input: at most {feature.max_input_tokens:,} tokens per request; {over}.")
    else:
        lines.append("- Input: no token budget beyond the model's own limit.")
    if feature.max_output_tokens:
        lines.append(f"- Output: at most {feature.max_output_tokens:,} tokens per answer.")
    kinds = feature.attachments
    allowed = [k for k in ("images", "audio", "files") if getattr(kinds, k)]
    refused = [k for k in ("images", "audio", "files") if not getattr(kinds, k)]
    if allowed:
        lines.append(f"- Attachments accepted: {', '.join(allowed)}.")
    if refused:
        lines.append(f"- Attachments refused: {', '.join(refused)}.")
    return lines


def personal_data_section(feature: Feature) -> list[str]:
    rules = feature.redact
    lines = ["", "### Personal data handling", ""]
    redacted = sorted(set(rules.entities) - set(rules.block))
    if redacted:
        lines += [
            "Before anything is sent, every text in the request is scanned for personal data:",
            "",
            "| Personal data | What the model receives |",
            "|---|---|",
        ]
        used = set()
        for code in redacted:
            action = rules.actions.get(code, rules.action)
            used.add(action)
            sample = ACTION_SAMPLE[action].format(label=label(code), masked=masked_sample(code))
            lines.append(f"| {entity(code)} | {sample} |")
        lines.append("")
        lines += [f"- {action.capitalize()}: {ACTION_MEANING[action]}." for action in sorted(used)]
    else:
        lines.append("- No personal data types are redacted for this feature.")
    if rules.block:
        blocked = ", ".join(entity(code) for code in sorted(rules.block))
        lines.append(f"- Requests containing any of: {blocked} are refused; nothing is sent.")
    if rules.allow_list:
        count = len(rules.allow_list)
        lines.append(
            f"- {count} term{'s' if count != 1 else ''} of our own (product names, company "
            "addresses) are exempt from redaction."
        )
    lines.append("- The end user is identified to the provider only by a keyed pseudonym.")
    return lines


def subprocessor_section(policy: Policy, feature: Feature) -> list[str]:
    require = feature.require
    needs = []
    if require.no_training:
        needs.append("no training on our data")
    if require.zero_data_retention:
        needs.append("zero data retention")
    if require.regions:
        needs.append(f"processing in {', '.join(require.regions)}")
    lines = [
        "",
        "### Sub-processors",
        "",
        f"Required by contract: {', '.join(needs) if needs else 'nothing beyond our terms'}.",
        "",
    ]
    eligible = eligible_providers(policy, feature)
    if not eligible:
        return [*lines, "No provider meets these requirements, so requests are refused."]
    lines += [
        "| Sub-processor | Service | Endpoint | Models | No training | Zero data retention "
        "| Regions |",
        "|---|---|---|---|---|---|---|",
    ]
    for e in eligible:
        c = e.provider.contract
        lines.append(
            f"| {e.name} | {KIND_NAMES[e.provider.kind]} | {endpoint(e.provider)} "
            f"| {', '.join(e.models)} | {yes_no(c.no_training)} "
            f"| {yes_no(c.zero_data_retention)} | {regions(e.provider)} |"
        )
    return lines


def retention_section(policy: Policy, feature: Feature) -> list[str]:
    log = feature.log
    metadata = duration(policy.logs.metadata_retention)
    reviewers = roles_where(policy, flag="review_logs")
    lines = ["", "### Records and retention", ""]
    if log.content == "redacted":
        lines.append(
            "- The request as sent (already redacted) and the model's answer are kept encrypted "
            f"for {duration(log.retention)}, then destroyed by deleting their encryption key."
        )
    else:
        lines.append("- No prompt or answer content is kept.")
    lines.append(
        "- Metadata without content (time, feature, model, token counts, redaction counts) is "
        f"kept for {metadata}."
    )
    if log.content == "redacted" and reviewers:
        lines.append(
            f"- Only incident reviewers ({listing(reviewers)}) may read kept content, each time "
            "stating a justification; every read is recorded in the audit log."
        )
    elif log.content == "redacted":
        lines.append("- No role may read kept content.")
    return lines


def never_section(feature: Feature) -> list[str]:
    lines = [
        "",
        "### Never sent or kept",
        "",
        "- Never sent: request fields not listed above, the end user's own identifier, and "
        "settings that would let the provider train on or store the request (they are forced "
        "off on every request).",
    ]
    if feature.redact.block:
        lines.append(
            f"- Never sent: any request containing {listing(sorted(feature.redact.block))}."
        )
    kept = ["the original personal values redacted above", "the placeholder mapping"]
    if feature.log.content == "none":
        kept.append("any prompt or answer content")
    lines.append(f"- Never kept: {', '.join(kept[:-1])} and {kept[-1]}.")
    return lines


def administrator_section(policy: Policy, admins: list[str]) -> list[str]:
    reviewers = roles_where(policy, flag="review_logs")
    return [
        "",
        "## Administrator controls",
        "",
        f"- Administrator roles: {listing(admins)}. Administrators grant and revoke roles, "
        "suspend and reinstate users, record withdrawal of consent, and issue and revoke API "
        "keys. Every such action is written to a tamper-evident audit log.",
        f"- Incident reviewer roles: {listing(reviewers)}.",
        "- Role definitions, features, sub-processors and retention periods change only "
        "through a reviewed change to the policy, which regenerates this annex.",
        f"- No prompt content is kept longer than {duration(policy.logs.max_retention)} for any "
        "feature.",
    ]
