"""Who the customer is: consumer or business, which industry, and which of the
company's own tiers (their name is read by `names`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.models import Industry, Segment
from graph.understanding import names

_BUSINESS = re.compile(
    r"company account|business account|corporate account|cuenta (?:de )?empresa|conta pj|"
    r"\bpj\b|gesch[äa]ftskonto|compte pro\w*|biz accounts?|\bowner\b|due[ñn][oa]s?\b|dono|"
    r"propietari[oa]|propriet[áa]ri[oa]|inhaberin|"
    r"\bmy (?:shop|store|business|restaurant|salon|practice|caf[ée]|bakery|company|firm)|"
    r"mi (?:tienda|negocio|restaurante|empresa)|minha (?:loja|empresa)|mein (?:laden|betrieb)|"
    r"ma (?:boutique|soci[ée]t[ée])|mon (?:magasin|restaurant|commerce)|"
    r"\bour (?:office|offices|branch|branches|warehouse|clinic|employees|workers|payroll)\b|"
    r"\b\d+ (?:of (?:our|their) )?(?:people|recruiters|agents|engineers|employees|drivers|nurses|"
    r"technicians|cashiers|trucks|vans|vehicles|ve[ií]culos|fahrzeuge|v[ée]hicules)\b|"
    r"(?:their|ihrer|sus|seus|leurs) (?:patients|patienten|pacientes|clients|kunden|clientes)|"
    r"\w+praxis\b|\w+kanzlei\b|"
    r"propri[ée]taire|(?:\d+|several|multiple|all) (?:sites|clinics|stores|offices|branches|"
    r"[ée]tablissements|filiales|sucursales|lojas|unidades|standorte|practices|schools|"
    r"locations|depots)|\bb2b\b|their (?:staff|team|employees|techs|engineers|sites|offices|users|customers|"
    r"drivers|fleet|ops|operations|warehouse|store|shop|clinic)|account manager|\barr\b|"
    r"\bacv\b|\bmrr\b|enterprise|corporate|fleet|procurement|payroll|\bseats?\b|licen[cs]es|"
    r"\b(?:cto|cfo|cio|coo|ceo|vp|it manager|ops manager|travel manager|operations director|"
    r"head of|director|owner of|gerente|director[a]? de|diretor[a]?|gesch[äa]ftsf[üu]hrer\w*|"
    r"inhaber\w*|directeur|directrice|g[ée]rant\w*)\b|empresa|unternehmen|firma\b|"
    r"entreprise|soci[ée]t[ée]|neg[oó]cio|sucursal|filiale|sites\b|branches|their business|"
    r"our business|mi negocio|meu neg[oó]cio|mein gesch[äa]ft|mon entreprise|invoices|"
    r"staff|employees|empleados|funcion[aá]rios|mitarbeiter|salari[ée]s|clients of theirs",
    re.I,
)
_CONSUMER = re.compile(
    r"\bb2c\b|consumer|personal|household|\bhome\b|his (?:wife|daughter|son|family|kids|"
    r"mother|father|sister|brother)|her (?:husband|daughter|son|family|kids|mother|father|"
    r"sister|brother)|my (?:wife|husband|daughter|son|family|kids|mother|father)|member\b|"
    r"passenger|guest|patient|subscriber|frequent fl[yi]er|private (?:banking|client)|"
    r"honeymoon|wedding|birthday|anniversary|pensioner|retired|clienta\b|particular|"
    r"privatkund\w*|particulier|hijo|hija|filh[oa]|sohn|tochter|fils|fille|marido|esposa|"
    r"mulher|ehemann|ehefrau|mari\b|femme|familia|fam[ií]lia|familie|famille|"
    r"\b(?:he|she)\b|\b(?:él|ella|ele|ela|er|sie|il|elle)\b",
    re.I,
)
_ONE_PERSON = re.compile(
    r"\b(?:students?|estudiante|alumn[oa]|alun[oa]|[ée]tudiant\w*|sch[üu]ler\w*|learner|"
    r"pupil|do[ñn]a|madame|monsieur|assinante|suscriptor[a]?|abonnent\w*|abonn[ée]e?|"
    r"widow\w*|viud[oa]|vi[úu]v[oa]|witwe\w*|veuve|inquilin[oa]|locataire|mieter\w*)\b"
    r"|\b(?:sr|sra|srta|mr|mrs|ms|mme)\.?(?= (?-i:[A-ZÀ-Ý]))",
    re.I,
)
"""Words for one person (a student, "sr./sra.", a widow): a full consumer cue each."""
_INDUSTRY: dict[str, str] = {
    "airline": r"flights?|airlines?|airport|boarding|gate|miles|frequent fl[yi]er|lounge|"
    r"layover|baggage|luggage|crew|rebook\w*|misconnect|vuelos?|aerol[ií]nea|aeropuerto|"
    r"maleta|equipaje|voo|voos|companhia a[ée]rea|aeroporto|bagagem|flug\w*|fluggesellschaft|"
    r"gep[äa]ck|vols?\b|a[ée]roport|bagages?|compagnie a[ée]rienne|embarque|embarquement|"
    r"fl(?:y|ies|ew|own)|fliegt|geflogen|vuela|voa|vole|routing|connection|anschluss|correspondance|conexi[oó]n|eu[- ]?(?:vo )?261|(?-i:[A-Z]{3}-[A-Z]{3})|pnr|localizador|passenger|pasajer[oa]|passageir[oa]|passagier|passager",
    "banking": r"\bbank\w*|overdraft|mortgage|loan|transfers?|wire|debit card|credit card|"
    r"direct debits?|private banking|current account|savings|banco|transferencias?|"
    r"pr[ée]stamo|hipoteca|cuenta corriente|tarjeta|transfer[êe]ncia|empr[ée]stimo|conta "
    r"corrente|cart[aã]o|pix\b|[üu]berweisung|konto|kredit|lastschrift|depot|banque|virement|"
    r"pr[êe]t|compte courant|carte bancaire|boleto|"
    r"checking|acct|fraud rule|card declined|declined at|statements?|savings accounts?|current account|business current|relationship inbox|payroll run|supplier payment|sms code|c[óo]digo del sms|recibo de la residencia|lotes de pix|pix\b",
    "insurance": r"insur\w*|policy ?holder|\bclaims?\b|premium|deductible|excess|underwrit\w*|"
    r"broker|roadside|adjuster|seguro|aseguradora|p[oó]liza|siniestro|franquicia|seguradora|"
    r"ap[oó]lice|sinistro|plano de sa[úu]de|versicherung\w*|schaden(?:s)?meldung|police "
    r"d'assurance|assur\w*|sinistre|mutuelle|"
    r"\w*versicherung\w*|versicherer|mrh|d[ée]g[âa]t des eaux|contrat habitation|responsabilit[ée] civile|plano de sa[úu]de|benefici[áa]ri[oa]|operadora de sa[úu]de|premiums|gwp|policies|certificates of cover|proof of cover|p[óo]liza de auto|asistencia en carretera|gr[úu]a",
    "telecom": r"broadband|fib(?:re|er)|\bsim\b|roaming|mobile (?:line|plan|network|data)|"
    r"phone lines?|landline|router|signal|4g|5g|data plan|carrier|internet connection|wifi|"
    r"m[óo]vil|l[ií]nea|fibra|operadora|internet|telefon\w*|festnetz|mobilfunk|handy|"
    r"forfait|box internet|op[ée]rateur|t[ée]l[ée]phone",
    "saas": r"saas|platform|\bapi\b|dashboard|integration|\bcrm\b|software|tenant|uptime|"
    r"\bsla\b|\barr\b|workspace|sync|login|deploy\w*|plataforma|sistema|plattform|"
    r"logiciel|plateforme|app\b|application|erp\b|"
    r"m[óo]dul[oe]|modul\b|atualiza[çc][ãa]o|update|release|version|export|import|admin|feature|funcionalidade|logiciel|gradebook|tier 1|terms page|annual plan|growth plan|pro-?rated",
    "retail": r"\border\b|orders|parcel|shipping|store|shop|checkout|basket|e-?commerce|"
    r"purchase|sku|warehouse|pedido|tienda|compra|encomenda|loja|bestellung|paket|shop|"
    r"laden|commande|colis|magasin|boutique|achat|warranty|garant\w*",
    "hospitality": r"hotel|room|booking|reservation|stay|check-?in|resort|suite|restaurant|"
    r"guest|front desk|concierge|event block|habitaci[oó]n|reserva|hospedaje|quarto|"
    r"hospedagem|pousada|zimmer|buchung|[üu]bernachtung|chambre|s[ée]jour|h[ôo]tel|"
    r"\w*hotel\w*|einchecken|gast\b|nights?\b|noches|noites|n[äa]chte|nuits|front desk|room \d+",
    "healthcare": r"clinic|patient|appointment|prescription|pharmacy|doctor|hospital|"
    r"surgery|dental|nurse|treatment|lab results|cl[ií]nica|paciente|cita m[ée]dica|"
    r"receta|farmacia|m[ée]dico|consulta|exame|cirurgia|praxis|arzt|rezept|termin|"
    r"patient\w*|m[ée]decin|ordonnance|rendez-vous m[ée]dical|pharmacie|sant[ée]|"
    r"insulin\w*|refill|pharmacy support|biopsy|cataratas|seringues|syringes|lab courier|samples|redraws|surgeries|gp\b",
    "utilities": r"electricity|\bgas\b|water|meter|energy|power cut|utility|boiler|"
    r"heating|smart meter|tariff|electricidad|luz|contador|agua|energ[ií]a|eletricidade|"
    r"energia|[áa]gua|medidor|strom|z[äa]hler|wasser|heizung|[ée]lectricit[ée]|compteur|"
    r"eau\b|chauffage|z[äa]hler\w*|stromtarif|gastarif|"
    r"power\b|lost power|grid|substation|meter reads?|dual fuel|disconnected (?:his|her|their) (?:electricity|gas|water)|energia cortada|religa[çc][ãa]o|contrat d'eau|l'eau\b",
    "gaming_media": r"game|gaming|console|in-game|streaming|subscribers?|season pass|"
    r"esports?|tournament|account (?:banned|suspended)|skins?|loot|juego|videojuego|"
    r"jogo|spiel\w*|jeu|abonnement (?:vid[ée]o|streaming)|netflix|playlist|episode|channel|"
    r"campaigns?|campanhas?|\bads?\b|advertising|impress(?:ions|[õo]es)|m[íi]dia|media agency|streaming|gems|gemmes|in-game|skins|premium sub|jeu\b|jogo|spiel",
    "education_public": r"school|university|student|tuition|course|enrol\w*|exam|campus|"
    r"council|municipal\w*|government|permit|public sector|ministry|colegio|escuela|"
    r"universidad|estudiante|matr[ií]cula|escola|universidade|aluno|schule|universit[äa]t|"
    r"student\w*|beh[öo]rde|[ée]cole|universit[ée]|[ée]tudiant|mairie|inscription|"
    r"school board|grades|report cards?|courses?|certificate|\bcert\b|learner|prince2|t[íi]tulo|c[ée]dula|tr[áa]mite|servicios escolares|dean|students?|exam|mairie|restauration scolaire|usager",
}
_INDUSTRY_RE = {
    name: re.compile(rf"(?<!\w)(?:{cue})(?!\w)", re.I) for name, cue in _INDUSTRY.items()
}
_TIER_WORDS = (
    r"platinum|gold|silver|bronze|diamond|black|vip|elite|premier|private banking|"
    r"private client|enterprise|business|pro|premium|plus|growth|scale|starter|basic|"
    r"executivo(?: plus)?|executive|senator|infinite|signature|titanium|ultimate|ouro|prata|"
    r"platino|oro|plata|or|argent|platine|infinity|select|preferred|prestige|premiere"
)
_TIER = re.compile(
    rf"\b(?P<tier>(?-i:[A-Z][\w+-]* )?(?:{_TIER_WORDS})(?-i: [A-Z+][\w+]*)?)\b"
    r"(?=\s+(?:plan|tier|member|membership|status|card|client|customer|level|account|"
    r"programme|program|package|subscription|cliente|clienta|kunde|kundin|mitglied|membre|"
    r"socio|s[óo]cio|contract)\b)"
    rf"|(?:\b(?:on|the|our|plan|tier|status|cliente|kunde|client|membro|miembro|member)\s+)"
    rf"(?P<tier2>(?:{_TIER_WORDS})(?: (?:plus|\+|elite|plan|tier))?)\b",
    re.I,
)
_TIER_KEEP_CASE = re.compile(r"[A-Z]")


@dataclass(frozen=True)
class Guess:
    value: str
    evidence: str


def segment(text: str, name: str | None, annual: float | None) -> Guess | None:
    """Business when the name is a company or the text speaks of staff, contracts and
    sites; consumer when it speaks of one person, their family and their membership."""
    business = len(_BUSINESS.findall(text))
    consumer = sum(0.25 if len(m.group(0)) <= 4 else 0.5 for m in _CONSUMER.finditer(text))
    consumer += len(_ONE_PERSON.findall(text))
    evidence = ""
    if company := names.LEGAL_FORM.search(text):
        business += 2
        evidence = f"company {company.group(0)}"
    if name and names.is_company(name):
        business += 3
        evidence = f"company name {name}"
    elif name and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,3}", name):
        consumer += 1
    if annual is not None:
        business += 1 if annual >= 20_000 else 0
        consumer += 1 if annual < 1_000 else 0
    if not business and not consumer:
        return Guess("b2c", "one person named, no business cues") if name else None
    value: Segment = "b2b" if business > consumer else "b2c"
    return Guess(value, evidence or f"{business:g} business cues, {consumer:g} consumer cues")


_OURS = re.compile(
    r"\b(?:our|your|with (?:you|us)|nuestr[oa]s?|su|nosso|nossa|unser\w*|ihr\w*|notre|votre)"
    r"(?:\s+\S+){0,3}\s+$",
    re.I,
)
"""A term right after "our"/"your" names what we sell ("our contract for the course")."""
_ERRAND = re.compile(
    r"^\S*(?:\s+\S+){0,3}?\s+(?:to attend|to get to|para (?:asistir|ir|llegar)|pour (?:assister|"
    r"aller|se rendre)|um (?:teilzunehmen|hinzukommen)|para (?:ir|chegar|participar))\b",
    re.I,
)
"""A term followed by "to attend" is how they got to us (flights booked to attend a
course), not what we sell: it counts for little."""


def _weight(text: str, m: re.Match[str]) -> float:
    if _ERRAND.search(text[m.start() : m.end() + 40]):
        return 0.25
    return 2.0 if _OURS.search(text[max(0, m.start() - 40) : m.start()]) else 1.0


def industry(text: str) -> Guess | None:
    """The industry whose words weigh most: words after "our"/"your" weigh double, words
    for how the customer travelled to us weigh a quarter."""
    scores = {
        name: sum(_weight(text, m) for m in pattern.finditer(text))
        for name, pattern in _INDUSTRY_RE.items()
    }
    best = max(scores, key=lambda name: scores[name])
    if scores[best] == 0:
        return Guess("other", "no industry named")
    value: Industry = best  # type: ignore[assignment]
    return Guess(value, f"{scores[best]:g} {value} term weight")


def tier(text: str, labelled: str | None) -> Guess | None:
    """The company's own tier name as written ("Private Banking", "Gold", "Business plan")."""
    if labelled:
        name = re.split(r"[,(;/]", labelled, maxsplit=1)[0]
        name = re.sub(
            r"\s+(?:plan|tier|status|member(?:ship)?|level|card)\s*$", "", name, flags=re.I
        )
        if 0 < len(name.split()) <= 4 and not re.search(r"\d", name):
            return Guess(name.strip(), labelled)
    for m in _TIER.finditer(text):
        found = (m.group("tier") or m.group("tier2")).strip()
        if _TIER_KEEP_CASE.match(found):
            return Guess(found, m.group(0))
    return None
