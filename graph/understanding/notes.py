"""Labelled notes, Slack pastes and forwarded emails, split into what they say.

Agents paste cases as they have them: "cust: / issue: / tried:" notes, a thread
copied from Slack, a forwarded email with its headers. The complaint is the issue
text; what we already tried is kept apart so that our own actions ("we refunded
the shipping") never read as the customer's problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.understanding import names

_LABELS: dict[str, tuple[str, ...]] = {
    "name": (
        "requester",
        "solicitante",
        "requérant",
        "demandeur",
        "anfragender",
        "customer",
        "cust",
        "client",
        "customer name",
        "client name",
        "account",
        "acct",
        "account name",
        "company",
        "company name",
        "name",
        "nombre",
        "cliente",
        "nome",
        "kunde",
        "kundin",
        "kundenname",
        "nom",
        "nom du client",
        "usager",
        "learner",
        "société",
        "entreprise",
        "empresa",
        "firma",
        "passenger",
        "guest",
        "patient",
        "member",
        "pasajero",
        "huésped",
        "paciente",
        "hóspede",
        "passageiro",
        "gast",
        "passagier",
        "passager",
        "org",
        "organisation",
        "organization",
        "user",
        "subscriber",
        "titular",
        "policyholder",
        "business name",
        "business",
        "patient name",
        "guest name",
        "passenger name",
        "guests",
        "caller",
        "account holder",
        "insured",
        "asegurado",
        "asegurada",
        "segurado",
        "segurada",
        "assuré",
        "assurée",
        "versicherungsnehmer",
        "versicherungsnehmerin",
        "consumidor",
        "consumidora",
        "empresa cliente",
        "cliente empresa",
        "prénom / nom",
        "nom / prénom",
        "nom et prénom",
        "first / last name",
        "student",
        "estudiante",
        "aluno",
        "aluna",
        "étudiant",
        "étudiante",
        "schüler",
        "schülerin",
        "abonné",
        "abonnée",
        "assinante",
        "suscriptor",
        "mitglied",
        "teilnehmer",
        "participant",
    ),
    "issue": (
        "issue",
        "problem",
        "complaint",
        "summary",
        "what happened",
        "details",
        "description",
        "context",
        "situation",
        "incident",
        "case",
        "notes",
        "note",
        "reclamo",
        "queja",
        "problema",
        "incidencia",
        "incidente",
        "descripción",
        "resumen",
        "motivo",
        "reclamação",
        "descrição",
        "resumo",
        "ocorrência",
        "anliegen",
        "beschwerde",
        "beschreibung",
        "zusammenfassung",
        "sachverhalt",
        "problème",
        "réclamation",
        "résumé",
        "contexte",
        "what's wrong",
        "complaint summary",
        "detalle",
        "detalhes",
        "fehler",
        "störung",
        "impact",
        "impacto",
        "auswirkung",
        "what went wrong",
        "what's happened",
        "o que aconteceu",
        "o que houve",
        "ocorrido",
        "situação",
        "qué pasó",
        "qué ha pasado",
        "lo que pasó",
        "situación",
        "ce qui s'est passé",
        "que s'est-il passé",
        "souci",
        "was ist passiert",
        "was passiert ist",
        "vorfall",
        "vorgang",
    ),
    "tried": (
        "tried",
        "what we've tried",
        "what we tried",
        "what we have tried",
        "tried so far",
        "done so far",
        "actions taken",
        "actions",
        "steps taken",
        "already done",
        "troubleshooting",
        "attempts",
        "what's been done",
        "what has been done",
        "so far",
        "intentado",
        "lo que hemos intentado",
        "lo que hicimos",
        "acciones",
        "hecho hasta ahora",
        "ya hicimos",
        "tentado",
        "o que já fizemos",
        "o que tentamos",
        "ações",
        "tentativas",
        "já feito",
        "versucht",
        "bisher unternommen",
        "maßnahmen",
        "bereits versucht",
        "bisher",
        "essayé",
        "déjà fait",
        "actions menées",
        "démarches",
        "mesures prises",
        "next steps so far",
        "our actions",
        "offered",
        "offer so far",
        "resolution so far",
    ),
    "value": (
        "value",
        "account value",
        "spend",
        "annual spend",
        "arr",
        "mrr",
        "acv",
        "contract",
        "contract value",
        "revenue",
        "valor",
        "gasto",
        "valor anual",
        "faturamento",
        "facturación",
        "umsatz",
        "wert",
        "vertragswert",
        "jahresumsatz",
        "valeur",
        "chiffre d'affaires",
        "ca",
        "montant",
        "ltv",
        "lifetime value",
        "aum",
        "assets",
        "annual value",
        "yearly spend",
        "monthly spend",
        "billing",
        "plan value",
        "customer value",
        "client value",
        "kundenwert",
        "valeur client",
        "valor del cliente",
        "valor do cliente",
    ),
    "tenure": (
        "tenure",
        "customer since",
        "since",
        "member since",
        "client since",
        "antigüedad",
        "cliente desde",
        "cliente há",
        "kunde seit",
        "client depuis",
        "ancienneté",
        "years",
    ),
    "tier": (
        "tier",
        "plan",
        "status",
        "level",
        "membership",
        "nivel",
        "categoría",
        "plano",
        "categoria",
        "nível",
        "stufe",
        "tarif",
        "statut",
        "niveau",
        "formule",
        "card",
        "tarjeta",
        "cartão",
        "karte",
        "carte",
        "programme",
        "programa",
        "loyalty",
        "segment",
        "forfait",
        "carte de fidélité",
        "tarjeta de fidelidad",
        "cartão fidelidade",
        "cartão de fidelidade",
        "kundenkarte",
        "loyalty card",
        "loyalty tier",
        "categoria",
    ),
    "asks": (
        "wants",
        "ask",
        "asks",
        "demand",
        "demands",
        "request",
        "customer wants",
        "quiere",
        "pide",
        "quer",
        "pede",
        "will",
        "möchte",
        "fordert",
        "veut",
        "demande",
        "exige",
        "they want",
        "she wants",
        "he wants",
        "customer asks",
        "expectation",
        "customer ask",
        "client ask",
        "wunsch",
        "forderung",
        "pedido",
        "petición",
        "solicitud",
        "solicitação",
        "requête",
        "lo que pide",
        "lo que piden",
        "o que pede",
        "what they want",
        "what she wants",
        "what he wants",
        "what do you want us to do",
    ),
    "industry": ("industry", "sector", "setor", "branche", "secteur", "vertical"),
}
_LABEL_KIND = {label: kind for kind, labels in _LABELS.items() for label in labels}
_LABEL_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "tried",
        re.compile(
            # whole words: "Observações", "Informações", "Reclamações" end in "ações" and are
            # the customer's story, and "Steps to reproduce" is the issue
            r"tried|tentat|tentativ|versuch|ma[ßs]nahmen|essay|d[ée]j[àa] fait|done so far|"
            r"actions? taken|(?<!\w)steps(?! to reproduce)|gestiones|(?<!\w)acciones\b|"
            r"(?<!\w)a[çc][õo]es\b|o que j[áa]|lo que (?:hemos|"
            r"hicimos)|intentad|d[ée]marches|was wir\b|what we\b",
            re.I,
        ),
    ),
    (
        "name",
        re.compile(
            r"^(?:customer|cust|client|cliente|clienta|kunde|kundin|usager|utente|nutzer|"
            r"benefici\w+|learner|student|patient|paciente|guest|h[óo]sped\w*|gast|passenger|"
            r"pasajero|passageiro|passager|member|account|acct|company|empresa|soci[ée]t[ée]|"
            r"firma|nom|nombre|nome|name|compte|conta|cuenta|konto|b[üu]rger(?:in)?|citoyen(?:ne)?|"
            r"ciudadan[oa]|cidad[ãa]o|resident|patientin|patiente)(?: name| nom)?"
            # "Nombre en la cuenta:", "Name on the account:", "Nom du titulaire:"
            r"(?: (?:on|en|na|auf|sur|du|de|da|do|des) (?:the |la |el |a |o |le |dem )?"
            r"(?:account|cuenta|conta|konto|compte|titular|titulaire))?$",
            re.I,
        ),
    ),
    ("value", re.compile(r"^(?:value|valor|valeur|wert|volumen|volume|annual spend)", re.I)),
    ("asks", re.compile(r"(?:'s )?(?:ask|asks|request|wants)$", re.I)),
]
_LABEL_LINE = re.compile(r"^\s*(?:[-*•>]\s*)?(?P<label>[^:\n]{1,32}?)\s*:\s*(?P<value>.*)$")
_HEADERS = {
    "from": "from",
    "de": "from",
    "von": "from",
    "sender": "from",
    "remitente": "from",
    "subject": "subject",
    "asunto": "subject",
    "assunto": "subject",
    "betreff": "subject",
    "objet": "subject",
    "re": "subject",
    "fw": "subject",
    "fwd": "subject",
    "date": "meta",
    "fecha": "meta",
    "data": "meta",
    "datum": "meta",
    "sent": "meta",
    "enviado": "meta",
    "gesendet": "meta",
    "envoyé": "meta",
    "to": "meta",
    "para": "meta",
    "an": "meta",
    "à": "meta",
    "cc": "meta",
    "bcc": "meta",
    "reply-to": "meta",
}
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}.*(?:forwarded|original|reenviado|encaminhada|weitergeleitet|transf[ée]r[ée]|"
    r"ursprüngliche).*-*|begin forwarded message:?|-{3,}|_{3,})\s*$",
    re.I,
)
_SPEAKER = re.compile(
    r"^\s*>?\s*(?:\[(?P<time0>[^\]]{1,20})\]\s*|(?P<clock0>\d{1,2}:\d\d(?:\s?[AP]M)?)\s+)?>?\s*"
    r"(?P<who>[A-ZÀ-Ý][\w.'À-ÿ-]*(?: [A-ZÀ-Ý][\w.'À-ÿ-]*){0,2})\s*"
    r"(?:\((?P<role>[^)]{1,60})\)\s*)?(?:\[(?P<time>[^\]]{1,20})\]|\d{1,2}:\d\d(?:\s?[AP]M)?)?"
    r"\s*(?::\s*(?P<text>.*))?$"
)
_CUSTOMER_ROLE = re.compile(
    r"(?:the )?(?:customer|client|cliente|clienta|kunde|kundin|guest|caller|user)", re.I
)
"""A speaker's bracket that says the speaker IS the customer; matched whole, since "Lab
Client Services" or "Permits Customer Liaison" names one of our own teams."""
_OUR_ROLE = re.compile(
    r"\b(?:support|soporte|suporte|agent|am|csm|cs|care|team|ops|billing|sales|claims|services|"
    r"liaison|desk|noc|success|reception|recepci[óo]n|r[ée]ception|rezeption|"
    r"secretar[ií]a|service|kundendienst|service client|atendimento|atenci[óo]n)\b",
    re.I,
)
"""A speaker's bracket that names our own team ("Marc (support)", "Priya Nair (AM)")."""
_SIGN_OFF = re.compile(
    r"^\s*(?:best regards|kind regards|warm regards|regards|thanks|thank you|many thanks|"
    r"cheers|sincerely|yours sincerely|yours faithfully|best|saludos|un saludo|atentamente|"
    r"cordialmente|atenciosamente|abraços|obrigad[oa]|mit freundlichen gr[üu](?:ß|ss)en|"
    r"freundliche gr[üu](?:ß|ss)e|viele gr[üu](?:ß|ss)e|beste gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e|"
    r"gru(?:ß|ss)|cordialement|bien à vous|"
    r"salutations distinguées|sinc[eè]rement|merci)[,.!]?\s*$",
    re.I,
)
_PERSON = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Herr|Frau|M|Mme)\.?\s+)?"
    r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:de|da|do|dos|van|von|del|la|le|du)?\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+){0,3}$"
)
_DISPLAY_NAME = re.compile(r'^\s*"?(?P<name>[^"<@\n]+?)"?\s*(?:<[^>]+>|\[[^\]]+\])?\s*$')
_TRIED_SENTENCE = re.compile(
    r"^\W*(?:(?:so far|already|yesterday|today|then|also|ya|já|bereits|schon|déjà)[, ]+)?"
    r"(?:we|we've|we have|we'd|our (?:agent|team|support|engineers?|staff|am|csm|rep)|"
    r"support|the agent|agent|l1|l2|first[- ]line|tier 1|the (?:am|csm|team)|i've|"
    r"i (?:have )?(?:already )?(?=offered|refunded|escalated|credited|waived|rebooked|issued|"
    r"apologi[sz]ed|reset|restarted|sent|replaced|reissued|opened)|"
    r"(?:nosotros )?(?:ya )?(?:le |les )?(?:hemos|ofrecimos|reembolsamos|intentamos|"
    r"reiniciamos|enviamos|devolvimos|escalamos|cambiamos|dimos)|soporte|"
    r"(?:nós )?(?:já )?(?:tentamos|oferecemos|reembolsamos|reiniciamos|enviamos|escalamos|"
    r"trocamos|demos)|o suporte|wir|der support|unser (?:team|support)|nous|on a|le support|"
    r"notre (?:équipe|support))\b[^.!?\n]{0,40}?"
    # a participle used as an adjective is not what we did: "shipping her restored piano"
    r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bthe )(?<!\ba )"
    r"(?:tried|offered|refunded|restarted|reset|replaced|escalated|apologi[sz]ed|sent|"
    r"reissued|rebooted|credited|opened a ticket|logged|investigat\w*|asked|suggested|"
    r"advised|rebooked|waived|issued|gave|checked|reinstated|restored|"
    r"walked (?:him|her|them) through|have been|"
    r"intent\w*|ofrec\w*|reembols\w*|reinici\w*|envi\w*|devolv\w*|escal\w*|cambi\w*|dimos|"
    r"revis\w*|tent\w*|oferec\w*|troc\w*|verific\w*|demos|angeboten|erstattet|versucht|"
    r"neu gestartet|zurückgesetzt|geschickt|gesendet|eskaliert|geprüft|gutgeschrieben|"
    r"propos\w*|rembours\w*|essay\w*|redémarr\w*|envoy\w*|escalad\w*|vérifi\w*|"
    r"offert|crédit\w*)",
    re.I,
)
_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bDra\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSr\.)"
    r"(?<!\bSra\.)(?<!\bSt\.)(?<!\bNr\.)(?<!\bca\.)(?<!\bProf\.)(?<!\bHnos\.)(?<!\bCo\.)"
    r"(?<!\d\d\.\d\d\.)(?<!\d\.\d\d\.)(?<!\d\d\.\d\.)(?<!\d\.\d\.)\s+|\n+"
)
"""Sentence ends, but not the dot of a title, an abbreviation or a date ("Dr. Öztürk",
"ca. 8.000", "am 20.11. kommen")."""


_OUR_VOICE = re.compile(
    r"\b(?:with us|from us|chez nous|bei uns|con nosotros|conosco|com a gente|com a nossa|"
    r"our (?:customer|client|guest|patient|member)|notre client\w*|nuestr[oa] client\w*|"
    r"noss[oa] client\w*|unser\w* kund\w*)\b",
    re.I,
)
"""Words by which a pasted thread speaks as our side ("il dépense 1 200 € par an chez nous"):
a company in the speakers' brackets is then our own, not the customer's."""


def without_speakers(text: str) -> str:
    """A pasted thread's words without who said them: the speakers' names and brackets
    ("Álvaro Méndez (Recepción, Hotel Marbella Playa)") are our staff, not the customer."""
    return "\n".join(spoken(line) for line in text.splitlines())


def spoken(line: str) -> str:
    """What a pasted Slack line says, without its author, role and time."""
    speaker = _SPEAKER.match(line)
    if speaker and any(speaker.group(g) for g in ("role", "time", "time0", "clock0")):
        return speaker.group("text") or ""
    return line


@dataclass
class Note:
    """One pasted case, split: `issue` is what the customer's problem is, `tried` is what
    our side did, `text` is everything minus email headers (for money and dates)."""

    issue: str
    tried: str
    text: str
    name: str | None = None
    name_evidence: str = ""
    fields: dict[str, str] = field(default_factory=dict)


def _label_kind(label: str) -> str | None:
    key = " ".join(label.lower().strip(" *_-#").split())
    key = key.removeprefix("the ")
    if key in _LABEL_KIND:
        return _LABEL_KIND[key]
    return next((kind for kind, pattern in _LABEL_WORDS if pattern.search(key)), None)


def _split_sentences_tried(text: str) -> tuple[list[str], list[str]]:
    issue: list[str] = []
    tried: list[str] = []
    for sentence in _SENTENCE.split(text):
        if not sentence.strip():
            continue
        (tried if _TRIED_SENTENCE.search(sentence) else issue).append(sentence.strip())
    return issue, tried


def _unsigned_close(body: list[str]) -> tuple[str, str] | None:
    """An email that ends "Joaquín Ybarra / Gerente – Logística Ybarra S.L." without a
    sign-off word: the person, and the company they sign for."""
    lines = [line.strip() for line in body if line.strip()]
    company = names.signed_company(lines[-1]) if len(lines) >= 2 else None
    return (lines[-2], company) if company and _PERSON.match(lines[-2]) else None


def _fields_on_one_line(line: str) -> list[str]:
    """A ticket export that puts its fields on one line, "Requester: Omar Haddad |
    Priority: Urgent | Subject: Card blocked", read as one field a line."""
    parts = [p.strip() for p in line.split(" | ")]
    return parts if len(parts) > 1 and sum(":" in p for p in parts) >= 2 else [line]


def read_note(text: str) -> Note:
    """Split a pasted case into issue text, tried text, labelled fields and a name."""
    issue: list[str] = []
    tried: list[str] = []
    kept: list[str] = []
    fields: dict[str, str] = {}
    name: str | None = None
    name_evidence = ""
    from_name: str | None = None
    signature: str | None = None
    signed_for: str | None = None
    current: str | None = None
    lines = [part for line in text.splitlines() for part in _fields_on_one_line(line)]
    ours = _OUR_VOICE.search(text) is not None  # the thread speaks as our side
    skip: set[int] = set()
    # An email body is the customer's voice: its "we" ("we have lost three days") is them,
    # not our team, so none of it is read as what we tried.
    in_email = False
    said_by_customer: list[str] = []
    for index, line in enumerate(lines):
        if index in skip:
            continue
        if _FORWARD_MARK.match(line):
            current = None
            continue
        m = _LABEL_LINE.match(line)
        if m:
            label = m.group("label").strip()
            header = _HEADERS.get(label.lower().strip(" >*"))
            kind = _label_kind(label)
            value = m.group("value").strip()
            if kind is None and not header and current == "tried" and len(label.split()) <= 4:
                current = None
            if header and kind is None:
                if header == "from" and (dn := _DISPLAY_NAME.match(value)):
                    from_name = names.clean(names.sender(dn.group("name"))) or from_name
                    fields.setdefault("from", value)  # its address can name the company
                    in_email = True
                elif header == "subject":
                    issue.append(value)
                    kept.append(value)
                current = None
                continue
            if kind:
                current = kind
                fields[kind] = f"{fields.get(kind, '')} {value}".strip()
                if kind == "name" and name is not None:
                    kind = current = "issue"
                if (
                    kind == "name"
                    and re.match(r"[a-zà-ÿ\d]", value)
                    and not names.is_company(value)
                ):
                    kind = current = "issue"  # "Conta: corrente + investimentos", "Konto: 4410-88"
                if kind == "name" and _OUR_ROLE.search(value.partition("(")[2].partition(")")[0]):
                    kind = current = "issue"  # "Requester: Sam (L2 support)" is one of us
                if kind == "name" and value:
                    name, name_evidence = names.clean(value), line.strip()
                    issue.append(value)
                elif kind == "tried":
                    tried.append(value)
                elif value and kind != "name":
                    issue.append(value)
                # a value line keeps its label: "Contract value:" says which kind of value;
                # a name line too: "Patientin:", "Bürger:", "Assinante:" say what they are to us;
                # "Cliente desde: 2018" kept as "2018" would be read beside "Mensalidade: 118 €"
                # as "118 € 2018", a second sum: a tenure line keeps its label too
                kept.append(f"{label}: {value}" if kind in ("value", "name", "tenure") else value)
                continue
        speaker = _SPEAKER.match(line)
        if (said := spoken(line)) != line and speaker:
            role = speaker.group("role") or ""
            if role and _CUSTOMER_ROLE.fullmatch(role.strip()):
                name = name or names.clean(speaker.group("who"))
                name_evidence = name_evidence or line.strip()
            elif role and _CUSTOMER_ROLE.fullmatch(speaker.group("who")):
                # a chat transcript: "Customer (Rita Alvarez): my bill is wrong"
                name = name or names.clean(role)
                name_evidence = name_evidence or line.strip()
            elif role and names.is_company(role) and not _OUR_ROLE.search(role) and not ours:
                # "Julie Fontaine (Atelier Fontaine & Fils): ..." speaks for her company
                name = name or names.clean(role)
                name_evidence = name_evidence or line.strip()
            line = said
            current = None
        if _SIGN_OFF.match(line):
            following = [
                i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].strip()
            ]
            signed_line = lines[following[0]].strip() if following else ""
            person, _, rest = signed_line.partition(",")
            if rest and _PERSON.match(person.strip()) and (company := names.signed_company(rest)):
                # "Reto Brunner, Geschäftsführer, Brunner Haustechnik AG" on one line
                signature, signed_for = person.strip(), company
                skip.add(following[0])
            elif following and _PERSON.match(signed_line):
                signature = lines[following[0]].strip()
                skip.add(following[0])
                after = [i for i in range(following[0] + 1, len(lines)) if lines[i].strip()]
                if after and (company := names.signed_company(lines[after[0]])):
                    signed_for = company
                    skip.add(after[0])
            current = None
            continue
        if current == "tried":
            tried.append(line)
        elif in_email:
            said_by_customer.append(line)
        else:
            issue.append(line)
        kept.append(line)
    if in_email and signed_for is None and (signed := _unsigned_close(said_by_customer)):
        signature, signed_for = signed
        filled = [i for i, line in enumerate(said_by_customer) if line.strip()]
        said_by_customer = said_by_customer[: filled[-2]]
    prose_issue, prose_tried = _split_sentences_tried("\n".join(issue))
    prose_issue += said_by_customer
    if name is None and signed_for:
        name, name_evidence = signed_for, f"signed {signature}, {signed_for}"
    elif name is None and (from_name or signature):
        name = from_name or signature
        name_evidence = f"From: {from_name}" if from_name else f"signed {signature}"
    return Note(
        issue="\n".join(prose_issue).strip(),
        tried="\n".join([*tried, *prose_tried]).strip(),
        text="\n".join(kept),
        name=name,
        name_evidence=name_evidence,
        fields=fields,
    )
