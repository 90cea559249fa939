"""Who the customer is by name, wherever the agent's paste puts it.

A name comes in many layouts: a labelled line ("Titular:", "Patient:", "Business
name:"), a Slack line of the customer, an email's sender or signature, a counsel's
letter that names the client it acts for, or prose ("pax is Adaeze Okafor",
"Dona Aurora Mendes, 79 anos", "Harbor Lane Bakery lost power"). A business is named
by its company, not by the person who called for it: "Dr Amrita Sandhu, managing
partner" of a practice, "Pieter van Dam (van Dam Advies BV)", an email signed by a
manager above the company's name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

COMPANY_WORD = re.compile(
    r"\b(?:ltd|limited|llp|llc|inc|corp|corporation|(?-i:Co)\b|co-op|coop|company|clinique|groupe|"
    r"bakery|panader[ií]a|padaria|boulangerie|brasserie|construtora|conservas|advies|group|gmbh|"
    # the short legal forms are capitals: "sa voisine", "se queja", "ag" are ordinary words
    r"(?-i:AG|KG|SE|S\.?A\.?|S\.?L\.?|S\.?A\.?S\.?|BV|NV)|sa de cv|ltda|lda|sarl|plc|pty|"
    r"holdings|partners|builders|construction|constructora|constru[çc][õo]es|pharma\w*|"
    r"(?:media|mode|m[öo]bel|kauf|druck|verlags|reise|pflege)haus|"
    r"partner|associates|grupo|distribuidora|comercial|contabilidade|atelier|autohaus|"
    r"b[äa]ckerei|caf[ée]|logistics|energy|analytics|outfitters|dental|clinic|clinics|"
    r"cl[ií]nica|consulting|solutions|studio|agency|agencia|ag[êe]ncia|agentur|architects|"
    r"joinery|landscaping|voyages|restaurante?s?|hotels?|praxis|\w+praxis|cabinet|escola|[ée]cole|"
    r"school|university|council|board|district|rede|casa|bodegas?|hnos|hermanos|irm[ãa]os|"
    r"invernaderos|transportes|talleres|imprimerie|garage|gestor[ií]a|kanzlei|hausverwaltung|"
    r"verwaltung|ehpad|r[ée]sidence|cooperativa|coop[ée]rative|genossenschaft|grocers|"
    r"freight|forwarding|media|m[óo]veis|muebles|m[öo]bel\w*|papeler[ií]a|bar|salon|"
    r"[ée]v[ée]nements|events|eventos|farm[áa]cias?|pharmacy|pharmacie|apotheke|"
    r"recruitment|plumbing|heating|industries|industrias|ind[úu]stria|manufacturing|"
    r"maschinenbau|technologies|tech|labs?|foods?|alimentos|sons|s[öo]hne|fr[èe]res|"
    r"m[ée]dical|medical|health|sa[úu]de|salud|gesundheit|management|propert(?:y|ies)|fils|"
    r"hijos|filhos|hostal|hostel|pousada|inn|motel|tutoring|academy|academia|akademie|"
    r"promotions|productions|entertainment|networks|enterprises|trading|"
    r"supplies|motors|airlines|airways|studios|records|publishing|ventures|insurance|"
    r"telecom|software|digital|interactive|games|gaming|fitness|wholesale|imports|exports|"
    r"resorts|tours|estates|realty|developments|printing|engineering|electrical|automotive|"
    r"shipping|couriers|marketing|communications|logistik|spedition|seguros|versicherung\w*|"
    r"assurances?|produ[çc][õo]es|producciones|"
    # public bodies buy as organisations: "Prefeitura de Campo Verde", "Ayuntamiento de Lugo"
    r"prefeitura|ayuntamiento|municipalidad|municipio|alcald[ií]a|mairie|gemeinde|"
    r"stadtverwaltung|landkreis|county|ministry|ministerio|minist[ée]rio|minist[èe]re|"
    r"universidad|universidade|universit[ée]|universit[äa]t)\b",
    re.I,
)
"""Words that make a name a company's: legal forms and what businesses call themselves."""
LEGAL_FORM = re.compile(
    r"(?-i:[A-ZÀ-Ý][\w&'’.-]*(?: [A-ZÀ-Ý&][\w&'’.-]*){0,4}),? (?-i:Ltd|LLP|LLC|Inc|GmbH|AG|BV|"
    r"S\.A\.?|SA|S\.L\.?|SL|Lda|Ltda|SAS|SARL|Pty|PLC|plc|Corp|Co|e\.K\.|OHG|KGaA|UG|"
    r"S\.r\.l\.?|Srl|SRL|S\.p\.A\.?|SpA|EIRELI|Oy|AB|ApS|A/S|BVBA|SCOP|SA de CV)(?!\w)"
    # Cooperatives, associations and foundations put the legal form first.
    r"|(?-i:(?:Cooperativa|Coop[ée]rative|Co-op|Genossenschaft|Associa[çc][ãa]o|Asociaci[óo]n|"
    r"Association|Fundaci[óo]n|Funda[çc][ãa]o|Stiftung|Fondation|Verein|Sindicato) [A-ZÀ-Ý])"
)
_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Drª|Prof|Profa|Sr|Sra|Srta|Sir|Dame|don|do[ñn]a|Don|Do[ñn]a|"
    r"se[ñn]ora|se[ñn]or|Se[ñn]ora|Se[ñn]or|senhora|senhor|Senhora|Senhor|madame|monsieur|"
    r"seu|dona|Seu|Dona|Herrn|Herr|Frau|M|Mme|Mlle|Me|Ing|Eng|Lic|Eng[ªº])\.?"
)
_HONORIFICS = re.compile(rf"^(?:{_HONORIFIC}\s+)+")
_SUFFIX_AFTER_COMMA = re.compile(
    r"^(?P<name>[^,(]+,\s*(?:Ltd|LLP|LLC|Inc|GmbH|AG|BV|S\.A|SA|S\.L|SL|Lda|Ltda|SAS|SARL|Pty|"
    r"PLC)\.?)"
)
_ABBREVIATION_DOT = re.compile(
    r"(?<![A-Z])(?<!\bCo)(?<!\bDr)(?<!\bDra)(?<!\bSr)(?<!\bSra)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bProf)\.\s(?!(?:[A-ZÀ-Ý][\wà-ÿ'’-]+\s){0,3}(?:S\.L|S\.A|Ltd|Ltda|GmbH|SAS|Inc))"
)
"""A full stop ends a name ("Pablo. He called…") unless a legal form follows, as in
"Hnos. Carmona Invernaderos S.L."."""


@dataclass(frozen=True)
class Named:
    value: str
    evidence: str


_NO_NAME = re.compile(
    r"n/?a|none|unknown|tbc|tbd|-+|\?+|desconocid[oa]|desconhecid[oa]|unbekannt|inconnu|"
    r"sin nombre|sem nome|anonymous|an[óo]nim[oa]|anonym",
    re.I,
)
"""What a form's name field says when there is no name."""


_LEGAL_FORM_END = re.compile(
    r"^(?P<name>.+?\b(?:Ltd|LLP|LLC|Inc|GmbH|AG|BV|S\.A|SA|S\.L|SL|Lda|Ltda|SAS|SARL|Pty|PLC|KG|"
    r"NV)\.?)(?=\s+(?:\d|[a-zà-ÿ]))(?!\s+de\s+C\.?\s?V)"
)
"""A legal form ends a name when a number or a lower-case word follows it ("Transportes
Ruiz SL. 40 camiones sin GPS"); "GmbH & Co. KG" goes on."""


def clean(raw: str) -> str | None:
    """The name alone: no honorific, role, contact or description after it."""
    raw = _HONORIFICS.sub("", raw.strip()).strip(' "“”«»')
    if _NO_NAME.fullmatch(re.split(r"\s*[(,;]", raw, maxsplit=1)[0].strip()):
        return None
    if m := _SUFFIX_AFTER_COMMA.match(raw):
        return m.group("name").strip()
    name = re.split(r"\s*,\s*|\s+[-–—(|/]\s*|\s*\(|\s+(?:=|:)\s*", raw, maxsplit=1)[0]
    name = _ABBREVIATION_DOT.split(name, maxsplit=1)[0]
    if legal := _LEGAL_FORM_END.match(name):
        name = legal.group("name")
    name = _DESCRIBED.split(name.strip(" ;*_"), maxsplit=1)[0]
    name = re.sub(r"(?<![A-Z])\.$", "", name).strip()
    if not name or len(name) > 60 or not re.search(r"[A-Za-zÀ-ÿ]", name):
        return None
    return _first_of_a_couple(name)


_DESCRIBED = re.compile(
    r"\s+(?=(?:and |y |e |und |et )?(?!(?:de|da|do|dos|das|van|von|der|den|del|la|le|les|du|"
    r"d'|e|y|and|und|et|&)\b)[a-zà-ÿ])"
)
"""A name ends where lowercase words start describing them ("Theo Park and his wife
Jasmine"), except the particles names carry ("Pieter van Dam", "Casa do Pão")."""
_PERSON_PAIR = re.compile(
    r"^(?P<first>[A-ZÀ-Ý][\wà-ÿ'’-]+ [A-ZÀ-Ý][\wà-ÿ'’-]+)\s+(?:&|and|y|e|und|et)\s+"
    r"[A-ZÀ-Ý][\wà-ÿ'’-]+ [A-ZÀ-Ý][\wà-ÿ'’-]+$"
)


def _first_of_a_couple(name: str) -> str:
    """ "Naomi Feld & Daniel Osei-Bonsu" is a couple: the first named is the contact. A
    company with "&" ("Tallis & Crane Architects") keeps its whole name."""
    if (m := _PERSON_PAIR.match(name)) and not COMPANY_WORD.search(name):
        return m.group("first")
    return name


def is_company(name: str) -> bool:
    return bool(COMPANY_WORD.search(name) or LEGAL_FORM.search(name))


_ROLE_THEN_COMPANY = re.compile(r"\s*(?:[-–—,|]|\bat\b|\bbei\b|\bchez\b)\s*")


def sender(display: str) -> str:
    """ "Colin Ferreira, VP Revenue Operations, Redwood Ridge" and "Patrícia Rezende –
    Diretora de TI, Rede Farmavida" write for the company named last."""
    parts = [p.strip() for p in _ROLE_THEN_COMPANY.split(display) if p.strip()]
    if len(parts) >= 3 and not re.search(r"\d", parts[-1]):
        return parts[-1]
    if len(parts) == 2 and is_company(parts[1]) and not is_company(parts[0]):
        return parts[1]
    return display


_SIGNATURE_COMPANY = re.compile(r"^(?:[^–—\-,|]{2,40}\s*[–—\-,|]\s*)?(?P<company>.+)$")


def signed_company(line: str) -> str | None:
    """The line under a signature: "Gerente – Logística Ybarra S.L.", "Kanzlei Vogl &
    Kollegen", "Directora – Clínica Sonrisa Verde"."""
    m = _SIGNATURE_COMPANY.match(line.strip())
    company = m.group("company").strip() if m else ""
    if not company or not is_company(company):
        return None
    # "Reto Brunner, Geschäftsführer, Brunner Haustechnik AG": the company is the last part
    parts = [p.strip() for p in re.split(r"\s*[–—|,]\s*|\s+-\s+", company) if p.strip()]
    company = next((p for p in reversed(parts) if is_company(p)), company)
    return company if len(company) <= 60 else None


_WORD = r"(?:[A-ZÀ-Ý][\wà-ÿ'’-]*(?:\.(?= [A-ZÀ-Ý]))?|[A-ZÀ-Ý]\.)"
_JOIN = r"(?:de |da |do |dos |das |van |von |der |den |del |la |le |les |du |d'|& |e |y )?"
_NAME = (
    rf"{_WORD}(?: {_JOIN}{_WORD}| d'{_WORD}){{1,4}}"
    r"(?:,? (?:S\.L\.|S\.A\.|SA de CV|Ltda\.|S\.L|S\.A))?"
)
_ONE_OR_MORE = rf"{_WORD}(?: {_JOIN}{_WORD}| d'{_WORD}){{0,4}}"
_TITLE = rf"(?:{_HONORIFIC}\s+|(?i:sr|sra|srta|dr|dra|mr|mrs|ms)\.\s+)?"
_CUE = (
    # someone escalating or introducing the case
    r"escalating for|escalating a (?:ticket|case) for|escalation for|need (?:a coach|help) on|"
    r"escalating|escalation|complaint(?: (?:from|about|re|by|for))?|(?:case|ticket) for|"
    # a customer introducing themselves
    r"(?-i:[Tt]his is|[Ss]oy|[Ss]ou|[Hh]ier ist|[Ii]ch bin|[Jj]e suis)|(?:can someone |could you )?"
    r"(?:take a )?look at|queja de|reclamaci[oó]n de|reclama[çc][ãa]o de|beschwerde von|"
    r"r[ée]clamation de|heads[- ]up on|flagging|ojo con|atenci[óo]n con|aten[çc][ãa]o (?:com|ao|à)|"
    r"spoke (?:with|to)|talked to|habl[ée] con|falei com|sprach mit|parl[ée] (?:avec|à)|"
    r"(?:lead|head of \w+|manager|director|founder|cfo|ceo|cto|coo|admin) (?:at|from)|"
    r"llam[óo]|ligou|a appel[ée]|(?:can someone |could someone )?help with|"
    r"urgent[e]?(?: sur| on| for| con| com| para| pour| bei)?|urgence sur|"
    r"escalo el caso de|escalo lo de|os escalo a|os paso el caso de|caso de|caso da|caso do|"
    r"escalade pour|cas de|dossier de|on behalf of|escalation from|need a hand with|"
    r"(?:escalamiento|escalaci[óo]n|escalonamento|eskalation)(?=\s*[–—-])|"
    r"besoin d'aide (?:sur|pour|avec)|ayuda con|ajuda com|hilfe (?:bei|mit|f[üu]r)|"
    r"caso (?:s[ée]rio|grave|urgente|delicado|complicado) d[aeo]|"
    # the customer named by what they are to us
    r"(?:rental |new |our |the |salon |shop |store |business )?(?:cust(?:omer)?|client[ae]?|"
    r"caller|guests?|passenger|pax|cx|ph|streamer|creator|patient[ae]?|member|policyholder|"
    r"subscriber|tenant|student|"
    r"learner|candidate|parent|owner|account|acct|player|jugador[a]?|jogador[a]?|spieler\w*|"
    r"joueur|joueuse|kd\.|kund(?:e|in)|gast|patientin|usager|"
    r"passag(?:er|[èe]re)|abonn[ée]e?|assur[ée]e?|paciente|pasajer[oa]|hu[ée]sped|titular|"
    r"asegurad[oa]|vecin[oa]|consumidor[a]?|segurad[oa]|passageir[oa]|h[óo]spede|assinante)"
    r"(?: name| nombre| nome| nom)?(?: (?:is|was|on (?:the )?phone(?: rn)?|on hold|=|:|-))?"
    r"|llama|ha llamado|call from|email from|appel de|llamada de|liga[çc][ãa]o de|anruf von|"
    r"my name is|me llamo|mi nombre es|meu nome [ée]|me chamo|je m'appelle|mon nom est|"
    r"ich hei[ßs]e|mein name ist"
)
_ARTICLE = r"(?:(?i:a|o|la|el|le|die|der|das|the)\s+|l')?"
_STATE = (
    r"(?:is|are|was|tá|está|esta|ist|est) (?:escalating|furious|angry|upset|calling|livid|"
    r"on the phone|ligando|llamando|am telefon|au t[ée]l[ée]phone|fuming)|ruft an|rief an|"
    r"vient d'appeler|a appel[ée]|llam[óa]|ligou|called|rang"
)
_VERB = (
    r"flew|says|said|wrote|emailed|booked|ordered|bought|paid|reports?|lost|has|had|got|dit|"
    r"écrit|réclame|dice|escribe|reclama|diz|escreveu|tem|teve|sagt|schreibt|beschwert sich|hat|"
    r"admin says|and (?:her|his) (?:husband|wife|partner)"
)
_PROSE = re.compile(
    rf"(?i:\b(?:{_CUE}))(?:\s*[-–—=:(,]\s*|\s+){_ARTICLE}{_TITLE}(?P<name>{_NAME})"
    rf"|\b(?-i:{_HONORIFIC}|(?i:sr|sra|srta|dr|dra|mr|mrs|ms)\.)\s+(?P<titled>{_NAME})"
    rf"|(?<![\w'])(?P<state>{_NAME}) (?:{_STATE})\b"
    rf"|(?:^|(?<=[.!?]\s))(?:(?:The|El|La|O|A|Die|Der|Das|Le|Les|L')\s)?(?P<subject>{_NAME})"
    rf"(?:\s\([^)\n]{{1,120}}\))?(?:,?\s(?:{_VERB})\b|\s[-–—:(]\s?|\s*\(|\.\s)"
    # a note that opens with who it is about: "Keisha Morrow, postpaid, 3 lines, $140/mo."
    rf"|(?:\A\s*|(?<=[.!?]\s))(?P<lead>{_NAME}),\s"
    # a number, then the name in brackets: "Member #88123 (Rebecca Stone) says"
    rf"|(?i:\b(?:{_CUE}))\s*#?[\w-]*\d[\w-]*\s*\((?P<paren>{_NAME})\)"
    # a ticket's subject line: "Ticket #8812 – Jürgen Weiß – Router defekt seit Montag"
    rf"|(?i:\b(?:ticket|case|caso|fall|dossier|chamado|incidencia|incidente))\s*#?\s*[\w-]*\d[\w-]*"
    rf"\s*[-–—|:]\s*(?P<ticket>{_NAME})\s*[-–—|]"
    # after a greeting: "Hi team, Laura Mendes (laura.m@gmail.com) says her refund never came"
    rf"|(?i:^(?:hi|hello|hey|hola|ol[áa]|oi|hallo|bonjour|salut)\b[^,\n]{{0,20}},\s)"
    rf"(?P<greeted>{_NAME})(?:\s\([^)\n]{{1,120}}\))?,?\s(?:{_VERB})\b",
    re.M,
)
_OWNER = re.compile(rf"(?<![\w'’])(?P<owner>{_NAME})['’]s\s")
"""A company's own things: "Orchard Dental's booking system is down"."""
_REPRESENTED = re.compile(
    rf"(?:(?i:we act for|this firm represents|we represent|on behalf of(?: our client,?)?|"
    rf"en nombre y representaci[oó]n de|en representaci[oó]n de|em nome d[ao]|au nom de|"
    rf"nous repr[ée]sentons)\s+{_ARTICLE}(?P<name>{_NAME})"
    rf"|(?i:(?:die|den|das)\s)(?P<de>{_NAME}) (?i:vertreten))"
)
_FORWARDED_FOR = re.compile(
    rf"(?i:forwarding (?:this |the below |below )?(?:from|for) (?:the |our |my )?(?:customer|client)|"
    rf"(?:the )?complaint (?:from|of) (?:the |our |my )?(?:customer|client)?|"
    rf"(?:la )?(?:queja|reclamaci[oó]n) de (?:nuestr[oa] |la |el |mi )?client[ea]|"
    rf"(?:die )?beschwerde (?:von|des kunden|der kundin|unseres kunden|unserer kundin)|"
    rf"(?:la )?r[ée]clamation de (?:notre |la |le |mon |ma )?(?:client[e]?)?|"
    rf"(?:a )?(?:reclama[çc][ãa]o|queixa) d[oa] (?:nosso |nossa |meu |minha )?client[ea])"
    rf"[,:]?\s+{_ARTICLE}{_TITLE}(?P<name>{_NAME})"
)
"""Someone on our side forwarding a complaint names whose it is: "Forwarding this from the
customer, Harlow Street Bakery Ltd.", "la queja de nuestra clienta, Marta Ibáñez Ruiz"."""
_NOT_A_NAME = re.compile(
    r"^(?:The|Our|We|This|That|Need|Hi|Hello|Dear|Customer|Client|Issue|Escalation|Case|"
    r"Security|Support|Billing|Urgent|URGENTE|Nothing|No|El|La|Los|Las|Nuestro|Nuestra|Hola|"
    r"Buenos|Buenas|Le|Les|Nous|Notre|Bonjour|Die|Der|Das|Wir|Unser|Hallo|Guten|O|A|Os|As|"
    r"Nosso|Nossa|Bom|Boa|Prezados|Sehr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Black Friday|Cyber Monday)\b"
)


def _usable(name: str) -> bool:
    words = name.split()
    return not _NOT_A_NAME.match(name) and (len(words) >= 2 or is_company(name))


def in_prose(text: str) -> Named | None:
    """A name the prose gives, first come: "Escalating for Marcus Obi", "pax is Adaeze
    Okafor", "Harbor Lane Bakery lost power", "Dona Aurora Mendes, 79 anos"."""
    for m in _PROSE.finditer(text):
        groups = ("name", "titled", "state", "subject", "lead", "paren", "ticket", "greeted")
        raw = next(m.group(g) for g in groups if m.group(g))
        name = clean(raw) if raw else None
        if name and _usable(name):
            return Named(name, " ".join(m.group(0).split())[:120])
    for pattern, group in ((_OWNER, "owner"), (_FIRM, "firm")):
        for m in pattern.finditer(text):
            name = clean(m.group(group))
            if name and len(name.split()) >= 2 and is_company(name) and not _NOT_A_NAME.match(name):
                return Named(name, " ".join(m.group(0).split())[:120])
    return None


_FIRM = re.compile(
    rf"(?:^|(?<=[\s(]))(?i:la|el|the|o|a|die|der|das|le|les|l')\s+(?P<firm>{_NAME})", re.M
)
"""A business named mid-sentence by its own name: "la Clínica Dental Sonrisa no puede ver",
"the Harbor Lane Bakery lost power" (only when the name says it is a business)."""


def forwarded_for(text: str) -> Named | None:
    """The customer a forwarded complaint is from, when the forwarder says so."""
    if m := _FORWARDED_FOR.search(text):
        name = clean(m.group("name"))
        if name and _usable(name):
            return Named(name, " ".join(m.group(0).split())[:120])
    return None


def represented(text: str) -> Named | None:
    """The client a counsel's letter acts for ("wir die Bäckerei Hofmann GmbH vertreten")."""
    if m := _REPRESENTED.search(text):
        name = clean(m.group("de") or m.group("name"))
        if name and _usable(name):
            return Named(name, " ".join(m.group(0).split())[:120])
    return None


_BRACKETS = re.compile(r"^\s*\((?P<inner>[^()\n]{2,80})\)")
_ROLE_AT = re.compile(
    rf"^,\s*[^,.\n]{{2,40}}?\s(?:de|of|at|bei|chez|da|do|von)\s(?:l'|la |le |the )?"
    rf"(?P<company>{_ONE_OR_MORE})"
)


_SIGNED_FOR = re.compile(r"^,\s*(?P<company>[^,.\n]{2,60})\s*$", re.M)
"""A sign-off that puts the company after the name: "Camille Rousseau, Atelier Lumen"."""


_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@(?P<label>[\w-]+)\.[\w.-]+")


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in folded if c.isalnum())


def company_of_sender(sender: str, text: str) -> str | None:
    """The company an email address belongs to, when the text names it: the sender
    <sofia@padaria-marques.pt> writes for "Padaria Marques", whose name is the address's."""
    labels = {_slug(m.group("label")) for m in _EMAIL_DOMAIN.finditer(sender)}
    if not labels:
        return None
    for m in re.finditer(_NAME, text):
        name = clean(m.group(0))
        if name and is_company(name) and _slug(name) in labels:
            return name
    return None


def company_behind(person: str, text: str) -> str | None:
    """The company a named person speaks for, when the words right after the name give
    it: "Pieter van Dam (van Dam Advies BV, company account)", "Claire Dussault, DAF de
    Lumen Événements", "Bianca Torres (Torres Hair Studio, business buyer account)". Every
    mention counts, so a forwarded email's sign-off names the company its From: line hid."""
    start = 0
    while (at := text.find(person, start)) != -1:
        start = at + len(person)
        if company := _company_after(text[start:]):
            return company
    return None


_FROM_COMPANY = re.compile(rf"^\s+(?:from|de|da|do|von|bei|chez)\s+(?P<company>{_ONE_OR_MORE})")
"""A person introducing themselves for their company: "Daniel Ortiz from Ortiz Logistics"."""


def _company_after(rest: str) -> str | None:
    if (m := _FROM_COMPANY.match(rest)) and is_company(name := clean(m.group("company")) or ""):
        return name
    if (m := _SIGNED_FOR.match(rest)) and is_company(name := m.group("company").strip()):
        return name
    if m := _BRACKETS.match(rest):
        for part in re.split(r"\s*[,;]\s*", m.group("inner")):
            name = clean(part)
            if name and len(name.split()) >= 2 and is_company(name):
                return name
    if m := _ROLE_AT.match(rest):
        company = clean(m.group("company"))
        if company and (is_company(company) or len(company.split()) >= 2):
            return company
    return None


_FORWARD_VERB = re.compile(
    r"^\W*(?:fwd?|forward\w*|reenv\w+|re-?encaminh\w+|encaminh\w+|transf[eè]r\w*|"
    r"je (?:vous )?(?:fais suivre|transf[eè]re)|weitergeleitet\w*|leite\w* \w+ weiter|"
    r"os (?:paso|reenv[ií]o)|te paso)\b",
    re.I | re.M,
)
_SOURCE = re.compile(
    rf"(?i:\b(?:from|de|von|do|da|du|des))\s+(?:(?i:the|el|la|le|o|a|der|die|dem|des)\s+|l'|d')?"
    rf"(?P<name>{_NAME}|{_WORD})(?P<account>['’]s?\s|\s+(?i:account|inbox|cuenta|conta|compte|konto))?"
)


def forwarded_from(text: str) -> Named | None:
    """A colleague forwarding mail says whose it is before the sender's header does:
    "Fwd from the Halvorsen Marine account inbox", "Forwarding from Kettle River
    Outfitters' office manager", "Reenvío el correo de Grupo Taberna del Puerto",
    "le mail reçu ce matin de la gérante de la Brasserie Le Vauban". The source counts
    when it is a business, or an account; a person's name is left to the From: line."""
    for line in text.splitlines()[:4]:
        if not _FORWARD_VERB.search(line):
            continue
        for m in _SOURCE.finditer(line):
            name = clean(m.group("name").rstrip("'’"))
            if name and not _NOT_A_NAME.match(name) and (is_company(name) or m.group("account")):
                return Named(name, " ".join(line.split())[:120])
    return None


_RELATIVE = re.compile(
    rf"(?i:\b(?:my|mi|a minha|minha|o meu|meu|ma|mon|meine|meinem|meiner|mein) "
    rf"(?:mother|mum|mom|father|dad|grandmother|grandfather|madre|padre|mam[áa]|pap[áa]|abuela|"
    rf"abuelo|m[ãa]e|pai|av[óô]|m[èe]re|p[èe]re|grand-m[èe]re|grand-p[èe]re|mutter|vater|"
    rf"gro[ßs]mutter|gro[ßs]vater|oma|opa))(?:,\s*|\s+(?i:is|named|called|se llama|chamad[oa]|"
    rf"namens|nomm[ée]e?)\s+|\s+){_TITLE}(?P<name>{_NAME})"
)


def relative_for(text: str) -> Named | None:
    """A son or daughter writing for an elderly parent names the account holder: "I hold
    power of attorney for my mother, Margaret Doyle", "O meu pai, Joaquim Carvalho, 79
    anos", "A minha mãe, Maria de Lurdes Pacheco"."""
    if m := _RELATIVE.search(text):
        name = clean(m.group("name"))
        if name and _usable(name):
            return Named(name, " ".join(m.group(0).split())[:120])
    return None
