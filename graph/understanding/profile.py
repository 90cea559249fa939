"""Who the customer is: consumer or business, which industry, and which of the
company's own tiers (their name is read by `names`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.models import Segment
from graph.understanding import names
from graph.understanding.alternation import Alternation

_BUSINESS = Alternation(
    r"company account|business account|corporate account|trade (?:customer|account)|cuenta (?:de )?empresa|conta pj|"
    r"\bpj\b|gesch[äa]ftskonto|compte pro\w*|biz accounts?|\bowner\b|due[ñn][oa]s?\b|dono|"
    r"propietari[oa]|propriet[áa]ri[oa]|inhaberin|"
    r"\bmy (?:shop|store|business|restaurant|salon|practice|caf[ée]|bakery|company|firm)|"
    r"mi (?:tienda|negocio|restaurante|empresa)|minha (?:loja|empresa)|mein (?:laden|betrieb)|"
    r"ma (?:boutique|soci[ée]t[ée])|mon (?:magasin|restaurant|commerce)|"
    r"\bour (?:office|offices|branch|branches|warehouse|clinic|employees|workers|payroll)\b|"
    # a founder or a start-up, a team of players or delegates, a company's month-end close
    r"\b(?:start-?ups?|co-?founders?|founders?|fundador[ae]s?|gr[üu]nder\w*|fondat(?:eur|rice)s?)\b|"
    r"\b\d+ (?:joueurs|players|jugadores|jogadores|spieler|delegates|attendees|athletes|"
    r"atletas|athl[èe]tes)\b|\b(?:factures|facturas|faturas|rechnungen)\b|"
    r"\b(?:cl[ôo]ture|month-end|year-end|cierre contable|cierre de mes|fechamento (?:do m[êe]s|"
    r"cont[áa]bil)|monatsabschluss|jahresabschluss)\b|"
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
    r"staff|employees|empleados|funcion[aá]rios|mitarbeiter|salari[ée]s|clients of theirs|"
    r"\b(?:sarl|sas|gmbh|ltd|llc|inc|ltda|plc|bv)\b|"
    # a business's own things and people: "the restaurant's card terminals", "40 pickers idle"
    r"(?:restaurant|shop|store|salon|clinic|practice|firm|district|chain|warehouse|office|"
    r"factory|bakery|agency|studio|caf[ée])'s\b|\b(?:terminals|scanners|pickers|properties|"
    r"hotels|restaurants|warehouses|tills|registers)\b|school district|cabinet d'\w+|"
    r"law firm|"
    # what the customer is: "cust is a small bakery", "el cliente es un restaurante"
    r"\b(?:is|es|é|ist|est) (?:a|an|un|una|um|uma|ein|eine|une) (?:small |local |family[- ]run |"
    r"independent |pequeñ[oa] |pequen[oa] |kleine[rs]? |petite? )?(?:bakery|restaurant|caf[ée]|"
    r"coffee shop|shop|store|salon|clinic|practice|pharmacy|garage|hotel|pub|bar|florist|gym|"
    r"agency|firm|dealership|nursery|panader[ií]a|tienda|restaurante|padaria|loja|b[äa]ckerei|"
    r"laden|betrieb|boulangerie|boutique|pharmacie|farmacia|farm[áa]cia)\b|"
    r"despacho|escrit[óo]rio|abogados|advogados|avocats|rechtsanw[äa]lte|(?-i:\bHT\b)|\b(?:box|ligne|compte|offre) pro\b|"
    r"(?:his|her|their|sus|seus|suas|ses|seine|ihre) (?:\d+ |two |three |dos |tres |deux |trois |"
    r"zwei |drei |dois |tr[êe]s )?(?:editors|employees|staff|workers|editores|empleados|"
    r"trabajadores|funcion[áa]rios|mitarbeiter\w*|salari[ée]s|employ[ée]s)",
    re.I,
)
_CONSUMER = Alternation(
    r"\bb2c\b|consumer|personal|household|\bhome\b|his (?:wife|daughter|son|family|kids|"
    r"mother|father|sister|brother)|her (?:husband|daughter|son|family|kids|mother|father|"
    r"sister|brother)|my (?:wife|husband|daughter|son|family|kids|mother|father|mum|mom|dad|parents|partner|"
    r"boyfriend|girlfriend|grand(?:ma|mother|dad|father|son|daughter|parents))|"
    r"\b(?:mum|mom|dad|grandma|grandad|grandpa)'s\b|pessoa f[íi]sica|persona f[íi]sica|"
    r"private individual|individual customer|retail customer|private customer|member\b|"
    r"passenger|guest|patient|subscriber|frequent fl[yi]er|private (?:banking|client)|"
    r"honeymoon|wedding|birthday|anniversary|pensioner|retired|clienta\b|particular|"
    r"privatkund\w*|particulier|hijo|hija|filh[oa]|sohn|tochter|fils|fille|marido|esposa|"
    r"mulher|ehemann|ehefrau|mari\b|femme|familia|fam[ií]lia|familie|famille|"
    r"\b(?:he|she|her|his|him)\b|\b(?:él|ella|ele|ela|er|sie|il|elle)\b|"
    # the same life, people and memberships in the other four languages
    r"\b(?:boda|casamento|hochzeit|mariage|luna de miel|lua de mel|flitterwochen|lune de miel|"
    r"cumplea[ñn]os|anivers[áa]rio|geburtstag|anniversaire|jubilad[oa]|pensionista|"
    r"aposentad[oa]|reformad[oa]|rentner(?:in)?|pension[äa]r(?:in)?|retrait[ée]e?|"
    r"pasajer[oa]|passageir[oa]|passagier(?:in)?|passag[èe]re?|hu[ée]sped|h[óo]spede|"
    r"paciente|patientin|patiente|utente|abonad[oa]|titular|mitglied|privatperson|"
    r"particuliers?|pessoa|persona)\b",
    re.I,
)
_ONE_PERSON = Alternation(
    r"\b(?:student|estudiante|alumn[oa]|alun[oa]|[ée]tudiante?|sch[üu]ler(?:in)?|learner|"
    r"pupil|do[ñn]a|madame|monsieur|se[ñn]ora|se[ñn]or|senhora|senhor|players?|gamers?|"
    r"jugador[a]?|jogador[a]?|spieler\w*|joueu(?:r|se)|assinante|suscriptor[a]?|abonnent\w*|"
    r"abonn[ée]e?|"
    r"widow\w*|viud[oa]|vi[úu]v[oa]|witwe\w*|veuve|inquilin[oa]|locataire|mieter\w*)\b"
    r"|\b(?:sr|sra|srta|mr|mrs|ms|mme|d[ñn]a|dª|d\.ª|frau|herr)\.?(?= (?-i:[A-ZÀ-Ý]))",
    re.I,
)
"""Words for one person (a student, "sr./sra.", a widow): a full consumer cue each."""
_TIER_WORDS = (
    r"platinum|gold|silver|bronze|diamond|black|vip|elite|premier|private banking|private|"
    r"private client|enterprise|business|pro|premium|plus|growth|scale|starter|basic|"
    r"executivo(?: plus)?|executive|senator|infinite|signature|titanium|ultimate|ouro|prata|"
    r"platino|oro|plata|or|argent|platine|infinity|select|preferred|prestige|premiere|team|"
    r"empresarial|profesional|professional|essentials?|family|familia|fam[íi]lia|famille"
)
_TIER = re.compile(
    rf"\b(?P<tier>(?-i:[A-Z][\w+-]* )?(?:{_TIER_WORDS})(?-i: [A-Z+][\w+]*)?)\b"
    r"(?=[\s-]+(?:(?:rewards?|loyalty|club|frequent flyer) )?(?:plan|tier|member|membership|status|"
    r"card|client|customer|level|(?:current |checking |savings |personal )?account|flyer|flier|"
    r"guest|cardholder|holder|"
    r"programme|program|package|subscription|cliente|clienta|kunde|kundin|mitglied|membre|"
    r"socio|s[óo]cio|contract)\b)"
    rf"|(?:\b(?:on|the|our|plan|tier|status|cliente|kunde|client|membro|miembro|member|"
    rf"categor[ií]a|cat[ée]gorie|kategorie|level|nivel|n[íi]vel|niveau|stufe|formule|formula|"
    rf"plano|tarif|forfait|segment|membre|socia|s[óo]cia|socio|s[óo]cio|conta|cuenta|compte|"
    rf"konto|carte|cart[ãa]o|tarjeta|karte|profile says|status is)\s*:?\s+)(?P<tier2>(?:{_TIER_WORDS})"
    rf"(?: (?:plus|\+|elite))?)\b"
    # a tier opening the brackets after a name: "Harriet Osei (Platinum Elite, 40 nights…)"
    rf"|\((?:(?:loyalty|tier|status|level|plan)\s*:\s*)?(?P<tier3>(?-i:[A-Z][\w+-]* )?"
    rf"(?:{_TIER_WORDS})(?-i: [A-Z+][\w+]*)?)\s*[,;)]"
    # a tier standing alone as an item of a shorthand list: "cx Daniel Mercer, Platinum, flies"
    rf"|(?<=[,;] )(?P<tier4>(?:{_TIER_WORDS})(?: (?:{_TIER_WORDS}|banking|club))?)(?=\s*[,;]\s)",
    re.I,
)
_TIER_KEEP_CASE = re.compile(r"[A-Z]")
_ACCOUNT_KINDS = {"business", "pro", "private", "family", "basic", "professional"}
_A_LEVEL = re.compile(rf"\b(?:{_TIER_WORDS})\b", re.I)


_NAMED = re.compile(
    r"(?-i:\b[A-ZÀ-Ý][\w&'’-]+(?: (?:&|de|do|da|del|von|van) ?)?(?: [A-ZÀ-Ý][\w&'’-]+){1,3})"
)
"""A name of two to four capitalised words, which says it is a business when one of them
is what businesses call themselves ("Dental", "Bakery", "Logistics")."""


@dataclass(frozen=True)
class Guess:
    value: str
    evidence: str


def segment(text: str, name: str | None, annual: float | None) -> Guess | None:
    """Business when the name is a company or the text speaks of staff, contracts and
    sites; consumer when it speaks of one person, their family and their membership."""
    business = sum(1 for _ in _BUSINESS.finditer(text))
    cues = [m.group(0) for m in _CONSUMER.finditer(text)]
    # pronouns ("she", "his") say one person is meant, once: a long email about a florist
    # says "she" a dozen times and is still a business's complaint
    consumer = min(1.0, 0.25 * sum(len(c) <= 4 for c in cues)) + 0.5 * sum(len(c) > 4 for c in cues)
    consumer += sum(1 for _ in _ONE_PERSON.finditer(text))
    evidence = ""
    if company := names.LEGAL_FORM.search(text):
        business += 2
        evidence = f"company {company.group(0)}"
    elif company := next((m for m in _NAMED.finditer(text) if names.is_company(m.group(0))), None):
        business += 1  # "Northstar Dental's booking system": a business's own name
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


def tier(text: str, labelled: str | None) -> Guess | None:
    """The company's own tier name as written ("Private Banking", "Gold", "Business plan")."""
    if labelled:
        name = re.split(r"[,(;/]|\s(?=\S*[\d$€£])", labelled, maxsplit=1)[0]
        # "Premium anual de": the words after the level say how it is billed, not its name
        while (words := name.split()) and words[-1].islower() and len(words) > 1:
            level = _A_LEVEL.search(name)
            if level and level.end() == len(name.rstrip()):
                break
            name = " ".join(words[:-1])
        name = re.sub(
            r"\s+(?:plan|tier|status|member(?:ship)?|level|card)\s*$", "", name, flags=re.I
        )
        # a level ("Growth", "Família Premium"), not a product ("Clube Vinhos")
        if 0 < len(name.split()) <= 4 and not re.search(r"\d", name) and _A_LEVEL.search(name):
            return Guess(name.strip(), labelled)
    for m in _TIER.finditer(text):
        found = next(m.group(g) for g in ("tier", "tier2", "tier3", "tier4") if m.group(g)).strip()
        kind_of_account = found.lower() in _ACCOUNT_KINDS and re.match(
            r"\s+(?:current|checking|savings)", text[m.end() :], re.I
        )
        if kind_of_account:
            continue  # "Business current account" is a kind of account; "Premier" is a level
        if _TIER_KEEP_CASE.match(found) or (m.group("tier4") and " " in found):
            return Guess(found, m.group(0))
    return None
