"""Signals told by two or three ideas in one sentence, in any order and any wording.

Why this exists: the phrase rules in `signals` match a fixed sequence ("quotes from other
carriers"), and each new writer says it another way ("asked Vectra Business for a quote",
"holt Angebote bei der Hotelgruppe Nordlicht ein", "hat unsere Bank CHF 380 Gebühren
berechnet"): German moves the verb to the end, Spanish the subject after it. Blind cases kept
missing churn and knock-on money harm for that reason alone. A frame names the ideas that
must meet in one sentence (a quote *and* someone asked for it or someone other than us), each
a small list of words in five languages, so word order and the words between them no longer
matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graph.models import Signal


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{pattern})(?!\w)", re.I)


@dataclass(frozen=True)
class Frame:
    """One way a signal is told: every idea in `ideas` in one sentence, `unless` in none of it."""

    signal: Signal
    ideas: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None = None


_SENTENCE_END = re.compile(r"[.!?;](?=\s+(?!\d))|\n")
"""A full stop before a space (not the one in "1.870 €" or "CHF 380.-"), or a line break."""

_NAMED = re.compile(r"(?<=[a-zà-ÿ,] )(?-i:[A-Z][\w&'-]*[a-z][\w&'-]*)(?: (?-i:[A-Z][\w&'-]+))*")
"""A company named in the sentence: a capitalised word after a lower-case one, so not the
sentence's first word. German capitalises every noun, so there `_NAMED_DE` is used."""
_NAMED_DE = re.compile(
    r"\b(?:bei|von|der|des|ins|zur|zum|zu|an|mit) (?:der |dem |den |die |das )?"
    r"(?-i:[A-Z][\w&-]+(?: [A-Z][\w&-]+)+)"
)
"""Two capitalised words after a preposition: "bei der Hotelgruppe Nordlicht"."""
_NOT_A_NAME = _words(
    r"I|I'm|I've|I'd|Mon\w*|Tue\w*|Wed\w*|Thu\w*|Fri\w*|Sat\w*|Sun\w*|Jan\w*|Feb\w*|Mar\w*|"
    r"Apr\w*|May|Jun\w*|Jul\w*|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|Q[1-4]|AM|PM|CEO|CFO|CTO|COO|"
    r"VP|GM|Ops|IT|OK|ETA|ASAP|UK|US|USA|EU|PDF|SMS|GF|PDL|Christmas|Navidad|Natal|No[ëe]l|"
    r"Weihnacht\w*|Easter"
)
_RIVAL = _words(
    r"competitors?|competition|rivals?|competencia|concorr[êe]ncia|concorrentes?|konkurrenz|"
    r"wettbewerber\w*|mitbewerber\w*|concurren(?:ts?|ce)|elsewhere|anderswo|ailleurs|"
    r"(?:other|otr[oa]s|outr[oa]s|andere[nr]?|d'autres|autres) (?:providers?|suppliers?|"
    r"carriers?|banks?|vendors?|companies|firms|insurers?|airlines?|hotels?|operators?|"
    r"agenc(?:y|ies)|schools?|platforms?|proveedores|empresas|compa[ñn][ií]as|bancos|"
    r"aseguradoras|operador(?:es|as)|fornecedores|companhias|seguradoras|anbieter\w*|"
    r"lieferanten|banken|versicherer|firmen|fournisseurs|prestataires|banques|assureurs|"
    r"op[ée]rateurs|compagnies|h[ôo]tels|agences)"
)
"""Someone other than us, not named: "other carriers", "la competencia", "ailleurs"."""
_QUOTE_WORDS = (
    r"quotes?|quotation|proposals?|bids?|tenders?|rfps?|rfqs?|bake-?offs?|ofertas|presupuestos|"
    r"propuestas?|cotizaci[oó]n(?:es)?|licitaci[oó]n|or[çc]amentos?|propostas?|"
    r"cota[çc](?:[ãa]o|[õo]es)|licita[çc][ãa]o|angebot\w*|ausschreibung\w*|devis|offres|"
    r"propositions?|appel d'offres"
)
_QUOTE = _words(_QUOTE_WORDS)
_QUOTE_FROM_NAMED = re.compile(
    rf"(?<![\w-])(?:{_QUOTE_WORDS}) (?:[\w'-]+ ){{0,3}}(?:from|de|von|bei|der|chez|da|do|by) "
    r"(?:der |la |el |a |o |the )?(?-i:[A-Z][\w&-]*[a-z])",
    re.I,
)
"""A quote from someone named: "a quote from Vectra", "Angebot der Akademie Rheinblick"."""
_SOUGHT = _words(
    r"ask(?:ed|ing|s)?|request(?:ed|ing|s)?|seek(?:ing)?|sought|solicit\w*|collect\w*|"
    r"gather\w*|compar\w*|runn?ing|ran|invit\w*|ein(?:holen|geholt)|hol(?:t|en|e)|angefragt|"
    r"anfragen|angefordert|anfordern|vergleich\w*|ped(?:ir|imos|ido|iste|iu|iram|indo)|"
    r"pidi\w*|solicit\w*|recab\w*|demand(?:er|[ée]e?s?|ons|ent)|sollicit\w*"
)
_OURS_OR_REPAIR = re.compile(
    rf"\b(?:your|yours|votre|vos|ihr\w*|vuestr[oa]s?|su|sus|seu|sua)\b (?:\w+ )?(?:{_QUOTE_WORDS})"
    r"|\b(?:from|von|de|chez) (?:you|ihnen|euch|vous|ustedes|vosotros|voc[êe]s)\b|\bask\w* you\b|"
    r"(?<![\w-])(?:renewal (?:quote|offer|proposal|price)s?|repairs?|repaired|fix|fixing|reparaci[oó]n|reparar|arreglo|conserto|"
    r"consertar|reparo|reparatur\w*|r[ée]paration|r[ée]parer|damage|da[ñn]os?|schaden|dommages?|"
    r"surveyor|perito|gutachter|expert|roofer|plumber|electrician|builder|contractor)(?![\w-])",
    re.I,
)
"""A quote from us, one they asked us for, a renewal quote or a repair quote: none of them is
shopping for our replacement."""

_MOVE = _words(
    r"mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|tak(?:e|es|ing)|took|shift\w*|transfer\w*|"
    r"llevar|llevamos|llevaremos|pasar|pasamos|trasladar\w*|mover|movemos|mudar|mudamos|levar|"
    r"levamos|transferir|wechseln|wechselt|verlagern|verlegen|umziehen|gehen|geht|"
    r"transf[ée]r\w*|d[ée]placer|passer|confier"
)
_BUSINESS = _words(
    r"accounts?|budget|business|contracts?|events|spend|volume|orders|bookings|portfolio|"
    r"cuentas?|presupuesto|negocio|eventos|contratos?|pedidos|reservas|conta|or[çc]amento|"
    r"neg[óo]cios?|konto|gesch[äa]ft|veranstaltungen|auftr[äa]ge|vertr[äa]ge|compte|"
    r"contrats?|[ée]v[ée]nements|commandes"
)
_FUTURE_OR_WEIGH = _words(
    r"next|20[2-3]\d|valorando|considerando|considering|evaluating|weighing|thinking|"
    r"planning|meeting|reuni[oó]n|reuni[ãa]o|termin|pr[üu]fen|[üu]berlegen|envisag\w*|"
    r"r[ée]fl[ée]chi\w*|avaliando|pensando|pr[oó]xim[oa]|n[äa]chste[nrs]?|prochaine?"
)

CLIENT_LOST_TO_OTHER = re.compile(
    r"(?:adjudic|award|vergeben|attribu|entregue|pass)\w* (?:\w+ ){0,2}(?:a|to|an|à) "
    r"(?:otr[oa]|another|einen anderen|un autre|outr[oa]) (?:proveedor|supplier|vendor|"
    r"lieferanten|fournisseur|fornecedor)",
    re.I,
)
"""The customer's own client giving its order to someone else: their loss, not our churn."""

_THIRD_PARTY = _words(
    r"banks?|banco|banque|landlord|lender|casero|arrendador|senhorio|vermieter\w*|"
    r"propri[ée]taire|bailleur|card issuer|emisor de (?:la )?tarjeta|their (?:client|customer)|"
    r"su cliente|seu cliente|ihr kunde|leur client"
)
_CHARGE = _words(
    r"fees?|interest|penalt(?:y|ies)|charges?|surcharges?|geb[üu]hr\w*|zinsen|strafe\w*|"
    r"comisi[oó]n(?:es)?|intereses|recargos?|juros|comiss(?:[ãa]o|[õo]es)|multas?|"
    r"frais|agios|int[ée]r[êe]ts|p[ée]nalit[ée]s?"
)
_LEVIED = _words(
    r"charg(?:ed|ing)|bill(?:ed|ing)|hit|paid|had to pay|levied|imposed|"
    r"berechnet\w*|verlangt|bezahlt|gezahlt|cobr[óo]|cobraron|cobrou|cobrou-me|cobraram|"
    r"cobrado|pag(?:amos|[óo]|ou|aram|aron|ado)|factur[ée]\w*|pr[ée]lev[ée]\w*|pay[ée]\w*|"
    r"r[ée]gl[ée]\w*"
)
_BORROWED = _words(
    r"(?:credit|bridging|overdraft) (?:line|facility|loan)|bridging facility|revolving credit|"
    r"p[óo]liza de cr[ée]dito|l[ií]nea de cr[ée]dito|cuenta de cr[ée]dito|cheque especial|"
    r"conta garantida|linha de cr[ée]dito|kontokorrent\w*|dispokredit|kreditlinie|"
    r"[üu]berbr[üu]ckungs\w*|facilit[ée] de caisse|ligne de cr[ée]dit"
)
_DREW = _words(
    r"draw(?:n|ing)?|drew|draw down|use[ds]?|using|tap(?:ped)?|had to|tirar|tiramos|tirado|"
    r"usar|usamos|tuvimos que|tuve que|recurrir|recurrimos|tivemos de|tivemos que|tive de|"
    r"usei|recorrer|mussten|musste|nehmen|genommen|zur[üu]ckgreifen|recourir|utilis\w*|"
    r"puis\w*|d[ûu]"
)
_OVERDRAWN = _words(r"(?:a|em|no) descoberto|(?:en|en el) descubierto|(?:in the|into the) red")
_UNABLE = _words(
    r"couldn'?t|could not|can'?t|cannot|unable to|no (?:pudo|pudieron|pudimos|pueden|podemos)|"
    r"n[ãa]o (?:conseguiu|conseguiram|conseguimos|p[ôo]de|puderam)|n'(?:ont|a|avons) pas pu|"
    r"ne (?:peuvent|pouvons|peut) pas"
)
_PAY = _words(r"pay|paid|cover|make|pagar|cubrir|payer|honorer")
_UNABLE_DE = _words(r"konnten|konnte|k[öo]nnen")
_NICHT_ZAHLEN = re.compile(
    r"\bnicht\b(?:\s+\w+){0,2}\s+(?:zahlen|bezahlen|begleichen|[üu]berweisen)\b", re.I
)
_DUES = _words(
    r"rent|mortgage|instal+ments?|direct debits?|standing orders?|loan|wages|salar(?:y|ies)|"
    r"payroll|bills|alquiler|hipoteca|cuotas?|recibos?|n[óo]minas?|sueldos|aluguel|"
    r"presta[çc][ãa]o|parcelas?|boletos?|sal[áa]rios|miete|raten?|lastschrift\w*|"
    r"geh[äa]lter|l[öo]hne|loyer|mensualit[ée]s?|[ée]ch[ée]ances?|pr[ée]l[èe]vements?|salaires"
)
_BOUNCED = _words(
    r"bounced|returned|rejected|came back|devuelt[oa]s?|devolvi\w*|rechazad[oa]s?|"
    r"devolvid[oa]s?|recusad[oa]s?|voltou|voltaram|zur[üu]ckgebucht|zur[üu]ckgegangen|"
    r"geplatzt|rejet[ée]e?s?|impay[ée]e?s?"
)
_CONTRACT_LOST = re.compile(
    r"\b(?:lost|perd(?:imos|i[óo]|eu|emos|eram|ieron|u)) (?:[\w'-]+ ){0,2}"
    r"(?:contracts?|deals?|tenders?|clients?|customers?|contratos?|licitaci[oó]n|"
    r"licita[çc][ãa]o|clientes?|march[ée]s?|contrats?)\b|\b(?:auftr[äa]ge?|vertr[äa]ge?|"
    r"kunden|ausschreibung) (?:\w+ ){0,3}verlor\w*",
    re.I,
)
"""A contract, tender or client of theirs lost: "we lost the Hartley contract"."""
_NOT_AS_CUSTOMER = re.compile(
    r"(?:lost|perdido|perdu|verloren) (?:\w+ )?(?:a|un|um|une|einen) (?:\w+ )?(?:customer|"
    r"client|cliente|kunden)|(?:you|vous|ustedes|voc[êe]s|sie)(?:'ve| have| avez| han| "
    r"ter[ãa]o| haben)? (?:just )?(?:lost|perdu|perdido|verloren)",
    re.I,
)
""""You've lost a customer" is the customer leaving (churn), not a loss of theirs."""

_VEHICLE_FAILED = _words(
    r"broke down|breaks? down|breakdown|lost (?:its |the |all )?brakes|brakes? (?:failed|went)|"
    r"(?:tomb[ée]e?|est tomb[ée]e?) en panne|perdu (?:les|ses) freins|freins? (?:ont )?l[âa]ch[ée]|"
    r"se (?:qued[óo]|averi[óo]) (?:\w+ )?(?:tirad[oa]|parad[oa]|sin frenos)|perdi[óo] (?:los )?frenos|"
    r"(?:come[çc]ou a )?perder (?:o )?trav[ãa]o|avariou|ficou (?:avariad[oa]|parad[oa])|"
    r"liegen ?geblieben|bremsen (?:\w+ )?(?:versagt|ausgefallen)|panne|pannée?|aver[ií]a|avaria"
)
_ROAD_OR_DARK = _words(
    r"motorway|highway|freeway|interstate|hard shoulder|autoroute|bande d'arr[êe]t|autopista|"
    r"autov[ií]a|arc[ée]n|autoestrada|berma|autobahn|standstreifen|(?-i:A\d{1,3})|at night|"
    r"la nuit|de nuit|de noche|de noite|nachts|in the dark"
)
_IN_TRANSIT = _words(
    r"deliver\w*|parcels?|shipments?|courier|van carrying|colis|livraison|pedido|paquete|"
    r"encomenda|lieferung|paket|sendung"
)
"""A courier's van broken down is a late parcel, not the customer stranded."""
_PROTECTION_ORDER = _words(
    r"protection order|restraining order|non-molestation order|orden de alejamiento|"
    r"orden de protecci[oó]n|medida protetiva|kontaktverbot|ann[äa]herungsverbot|"
    r"ordonnance de protection|interdiction de contact"
)
"""Someone the customer is protected from by a court: sent to their door, they are in danger."""

_WEAPON = _words(
    r"(?:with|avec|con|com|mit) (?:a|an|une|un|una|um|uma|einem|einer|ein|my|ma|mon|mi|meu|"
    r"minha|meinem|meiner) (?:baseball )?(?:bat|batte|b[âa]ton|knife|couteau|cuchillo|navaja|"
    r"faca|messer|gun|pistol\w*|fusil|arma|waffe|machete|hammer|marteau|martillo|martelo|"
    r"crowbar|barre de fer)"
)
_COMING_FOR = _words(
    r"come|coming|i'?ll be|visit|show up|turn up|viens|venir|viendr\w+|passe|passer|voy|va|"
    r"vais|ir[ée]|ir[áa]|paso|vou|vai|vamos|irei|passo|komme|kommt|kommen|vorbei|find|croise|"
    r"encuentro|encuentra|encontrar|treffe"
)
"""A threat to come with a weapon ("je viens à votre dépôt avec une batte")."""

FRAMES: tuple[Frame, ...] = (
    Frame("abusive", (_WEAPON, _COMING_FOR)),
    Frame("safety", (_VEHICLE_FAILED, _ROAD_OR_DARK), _IN_TRANSIT),
    Frame("safety", (_PROTECTION_ORDER,)),
    Frame("churn", (_QUOTE, _SOUGHT), _OURS_OR_REPAIR),
    Frame("churn", (_QUOTE, _RIVAL), _OURS_OR_REPAIR),
    Frame("churn", (_QUOTE_FROM_NAMED,), _OURS_OR_REPAIR),
    Frame("churn", (_MOVE, _BUSINESS, _NAMED, _FUTURE_OR_WEIGH), CLIENT_LOST_TO_OTHER),
    Frame("financial_harm", (_THIRD_PARTY, _CHARGE, _LEVIED)),
    Frame("financial_harm", (_BORROWED, _DREW)),
    Frame("financial_harm", (_OVERDRAWN,)),
    Frame("financial_harm", (_UNABLE, _DUES, _PAY)),
    Frame("financial_harm", (_UNABLE_DE, _DUES, _NICHT_ZAHLEN)),
    Frame("financial_harm", (_DUES, _BOUNCED)),
    Frame("financial_harm", (_CONTRACT_LOST,), _NOT_AS_CUSTOMER),
    Frame("financial_harm", (CLIENT_LOST_TO_OTHER,)),
)
"""A vehicle failing on the road or at night, a court's protection order; quotes sought
from others, or the business moved to someone named; a third party's charge, money borrowed to get through, an account overdrawn, dues unpaid or bounced, a
contract or client lost."""


def _spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _named(sentence: str, language: str) -> re.Match[str] | None:
    for m in (_NAMED_DE if language == "de" else _NAMED).finditer(sentence):
        if not _NOT_A_NAME.fullmatch(m.group(0).split()[-1]):
            return m
    return None


def framed(text: str, language: str) -> Iterator[tuple[Signal, int, int]]:
    """Each (signal, start, end) a frame finds, with the span of the idea that opens it."""
    for start, end in _spans(text):
        sentence = text[start:end]
        for frame in FRAMES:
            if frame.unless is not None and frame.unless.search(sentence):
                continue
            found = [
                _named(sentence, language) if p is _NAMED else p.search(sentence)
                for p in frame.ideas
            ]
            if all(found):
                first = min(found, key=lambda m: m.start())  # type: ignore[union-attr]
                yield frame.signal, start + first.start(), start + first.end()  # type: ignore[union-attr]
