"""E-mails (MIME) → article text (placeholder until the e-mail cleaner lands)."""

from __future__ import annotations

import email
from email import policy

from extractor.clean import Cleaned
from extractor.clean.text import normalize_text
from extractor.read import Decoded


def clean_email(decoded: Decoded) -> Cleaned:
    message = email.message_from_bytes(decoded.raw, policy=policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    return Cleaned(text=normalize_text(text), title=message.get("Subject"))
