"""Which industry a case is in: what we sell the customer, not what the customer does.

Three kinds of words say it. What the customer is to us ("policyholder", "pasajero",
"Gast", "abonné") weighs most; then what we sold or failed to deliver (flights, a
claim, a line, a licence, an order, a room, a prescription, a meter, a season pass, a
course or a permit), double when it follows "our"/"your"; least, how the customer got
to us ("flights booked to attend the course"). Their own bank or card, named as how
they pay or dispute a charge ("with my bank", "sa banque"), is not our industry, nor is
the customer's own name ("Orchard Lane Insurance Group" on a SaaS plan). "Seguro" that
ends a clause or opens "seguro que" means "for sure" ("llegaba el viernes seguro"),
not insurance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.models import Industry
from graph.understanding.alternation import Alternation

_TERMS: dict[str, str] = {
    "airline": r"flights?|airlines?|airport|boarding|gate|miles|frequent fl[yi]er|lounge|"
    r"layover|baggage|luggage|cabin crew|flight crew|tripulaci[oó]n|tripula[çc][ãa]o|besatzung|"
    r"[ée]quipage|rebook\w*|misconnect|vuelos?|aerol[ií]nea|aeropuerto|"
    r"maleta|equipaje|voo|voos|companhia a[ée]rea|aeroporto|bagagem|flug\w*|fluggesellschaft|"
    r"gep[äa]ck|vols?\b|a[ée]roport|bagages?|compagnie a[ée]rienne|embarque|embarquement|"
    r"fl(?:y|ies|ew|own)|fliegt|geflogen|vuela|voa|vole|connection|anschluss|correspondance|conexi[oó]n|eu[- ]?(?:vo )?261|(?-i:[A-Z]{3}-[A-Z]{3})|pnr|localizador|passenger|pasajer[oa]|passageir[oa]|passagier|passager"
    r"|passag(?:ers|[èe]res)|pasajer[oa]s|passageir[oa]s|passagiere|billets?|bilhete|billete|boarding pass|carte d.embarquement|cabin|cabina|economy|business class|downgrad\w*|wheelchair assistance|fare|tarifa a[ée]rea",
    "banking": r"ach\b|ach (?:outage|batch|run)|payroll batch|spei|clabe|accts\b|banca en l[ií]nea|"
    r"banca online|home ?banking|\bbank\w*|overdraft|mortgage|loan|transfers?|wire|debit card|credit card|"
    r"direct debits?|private banking|current account|savings|banco|transferencias?|"
    r"pr[ée]stamo|hipoteca|cuenta corriente|tarjeta|transfer[êe]ncia|empr[ée]stimo|conta "
    r"corrente|cart[aã]o|pix\b|[üu]berweisung|privatkonto|sparkonto|kredit|lastschrift|depot|banque|virement|"
    r"pr[êe]t|compte courant|carte bancaire|boleto|frais bancaires|comisiones bancarias|"
    r"tarifas banc[áa]rias|bankgeb[üu]hren|bank fees|"
    r"checking|fraud rule|card declined|declined at|statements?|savings accounts?|current account|business current|relationship inbox|payroll run|supplier payment|sms code|c[óo]digo del sms|recibo de la residencia|lotes de pix|pix\b"
    r"|banca (?:online|de empresa|digital)|online banking|geschäftskonto|gesch[äa]ftskonto|girokonto|kontof[üu]hrung|[ée]pargne|conseill[eè]re? (?:bancaire|client[eè]le)?|agence bancaire|ag[êe]ncia banc[áa]ria|cuenta n[óo]mina|conta corrente|mortgage payment|credit file|remortgage|isa\b|"
    r"\batm\b|cash machine|cajero(?: autom[áa]tico)?|caixa eletr[ôo]nico|geldautomat|"
    r"distributeur (?:automatique|de billets)|(?:conta|cuenta|konto|compte) (?:foi |fue |wurde |a "
    r"[ée]t[ée] )?(?:bloquead[oa]|gesperrt|bloqu[ée])|sal[áa]rio n[ãa]o caiu|"
    r"entidad|patrim[ôo]nio|patrimonio|patrimoine|verm[öo]gen\w*|fondsanteile|wealth|"
    r"assets under management|\baum\b|compte joint|joint account|cuenta conjunta|conta conjunta|"
    r"gemeinschaftskonto|domicili[ée]|carte bloqu[ée]e|card (?:blocked|frozen)|credit line|l[íi]nea de cr[ée]dito|p[óo]liza de cr[ée]dito|linha de cr[ée]dito|kreditlinie|ligne de cr[ée]dit|\bted\b|token",
    "insurance": r"insur\w*|policy ?holder|\bclaims?\b|(?:annual|monthly|insurance|the|your|policy|renewal) premium|premium (?:went up|increase|rise|of|payment)|deductible|excess|underwrit\w*|"
    r"broker|roadside|adjuster|seguro(?!(?:\s*(?:[.,;!?)]|$))|\s+(?:que|de que)\b)|aseguradora|p[oó]liza(?! de cr[ée]dito)|siniestro|franquicia|seguradora|"
    r"ap[oó]lice|sinistro|plano de sa[úu]de|versicherung\w*|schaden(?:s)?meldung|police "
    r"d'assurance|assur\w*|sinistre|mutuelle|"
    r"\w*versicherung\w*|versicherer|mrh|d[ée]g[âa]t des eaux|contrat habitation|responsabilit[ée] civile|plano de sa[úu]de|benefici[áa]ri[oa]|operadora de sa[úu]de|premiums|gwp|policies|certificates of cover|proof of cover|p[óo]liza de auto|asistencia en carretera|gr[úu]a"
    r"|jahrespr[äa]mie|pr[äa]mie\w*|versichert\w*|cotisation|contrat auto|assur[ée]e?|segurad[oa]|seguro viagem|sinistr\w+|perito|gabinete pericial|surveyor|loss adjuster|policyholder|avis d.[ée]ch[ée]ance|garantie d.assurance|asegurad\w+",
    "telecom": r"linhas? (?:m[óo]vel|m[óo]veis|fixa|telef[ôo]nica)|telem[óo]ve(?:l|is)|tarif[áa]rio|modem|sip(?: trunks?)?|trunks?|inbound calls|call cent(?:re|er)s?|home bb|bb down|line test|"
    r"fibra [óo]ptica|sin fibra|sem fibra|broadband|fib(?:re|er)|\bsim\b|roaming|mobile (?:line|plan|network|data)|"
    r"phone lines?|landline|router|signal|4g|5g|data plan|carrier|internet connection|wifi|"
    r"m[óo]vil|l[ií]nea|fibra|operadora|internet|telefon\w*|festnetz|mobilfunk|handy|"
    r"forfait|box internet|op[ée]rateur|t[ée]l[ée]phone"
    r"|port-?in|port-?out|ported (?:number|line)|porting|link mpls|mpls|leased lines?|portabilidad|portabilidade|portierung|num[ée]ro de t[ée]l[ée]phone|box pro|tpe\b|ligne (?:fixe|mobile|pro)|l[íi]nea m[óo]vil|mobile lines?|roaming bundle|broadband|"
    r"postpaid|prepaid|pay monthly|\d+ (?:mobile )?lines|sim swap|sim card|number port\w*|n[úu]mero de (?:tel[ée]fono|celular)|handynummer|rufnummer|num[ée]ro de (?:portable|mobile)|(?:tarif|plan|forfait|plano|tarifa)\s*:?\s*mobil\w*|mobiltarif|handytarif|"
    r"mobil|office numbers|phone (?:system|numbers?)|phones? down|centralita|telefonanlage|"
    r"standard t[ée]l[ée]phonique|pbx|maquininhas?|la box|d[ée]codeur|t[ée]l[ée] par "
    r"(?:adsl|fibre|internet)",
    "saas": r"saas|platform|app\b|\bapi\b|dashboard|integration|\bcrm\b|software|tenant|uptime|"
    r"\bsla\b|\barr\b|workspace|sync|login|deploy\w*|plataforma|sistema|plattform|"
    r"logiciel|plateforme|application|erp\b|"
    r"m[óo]dul[oe]|modul\b|atualiza[çc][ãa]o|update|release|version|export|import|admin|feature|funcionalidade|logiciel|gradebook|tier 1|terms page|annual plan|growth plan|pro-?rated"
    r"|lizenzen|licen[cs]es?|seats?\b|m[óo]dulo de|plataforma de|sistema de (?:citas|reservas|gest[ãa]o)|release|api|utilisateurs|usu[áa]rios|users\b|appli\b|l.application|your app|nuestra app"
    r"exports?|"
    r"scheduler|scheduling (?:tool|software|app)|invoice export|facturaci[óo]n electr[óo]nica|"
    r"nota fiscal eletr[ôo]nica|shop-?connector|connector|reminder (?:texts|sms|emails)|"
    r"v\d+(?:\.\d+)? (?:migration|release|update)|"
    r"punto de venta|point of sale|pos\b|ponto de venda|kassensystem|caisse enregistreuse|tpv",
    "retail": r"\border\b|orders|parcel|shipping|store|shop|checkout|basket|e-?commerce|"
    r"purchase|sku|warehouse|pedido|tienda|compra|encomenda|loja|bestellung|paket|shop|"
    r"laden|commande|colis|magasin|boutique|achat|warranty|garant\w*"
    r"|marketplace|vendedor[a]? no marketplace|seller|sellers|tienda online|loja online|online-?shop|boutique en ligne|commandes?|n[°º] de commande|order #|ordered|pedido|wholesale|pallets|compr[óo] en|comprou|gekauft|achet[ée]|"
    r"sofa|couch|fridge|geladeira|refrigerador|nevera|washing machine|waschmaschine|"
    r"lave-linge|lavadora|m[áa]quina de lavar|laptop|port[áa]til|notebook|crib|cot\b|"
    r"fernseher|televis(?:ion|or|ão)|appliance|electrodom[ée]stico|eletrodom[ée]stico|"
    r"haushaltsger[äa]t|[ée]lectrom[ée]nager|espresso beans|coffee beans|supplies|"
    r"(?:we|you) (?:delivered|shipped|sold)|(?:gelieferte|geliefert)|entregamos|"
    r"bought (?:\w+ )?from us|purchased from us|comprad[oa] (?:\w+ )?(?:a|con|en) nosotros|comprou (?:\w+ )?(?:conosco|com a gente)|bei uns gekauft|achet[ée]e? chez nous|objektgesch[äa]ft|sessel|m[öo]bel\w*|furniture|muebles|m[óo]veis|meubles",
    "hospitality": r"conference cent(?:re|er)|delegates|banquet|catering|event contract|"
    r"sales kickoff|hotel|room|booking|reservation|stay|check-?in|resort|suite|restaurant|"
    r"guest|front desk|concierge|event block|habitaci[oó]n|reserva|hospedaje|quarto|"
    r"hospedagem|pousada|zimmer|buchung|[üu]bernachtung|chambre|s[ée]jour|h[ôo]tel|"
    r"\w*hotel\w*|einchecken|gast\b|nights?\b|noches|noites|n[äa]chte|nuits|front desk|room \d+"
    r"|sal[óo]n (?:para|de eventos)|banquete|festsaal|zimmer|rezeption|front desk|resort|all inclusive|pousada|hospedad[oa]|hospedagem|estad[ií]a|estadia|s[ée]jour|nuits",
    "healthcare": r"clinique|labo\b|laboratoire|laborat[óo]rio|an[áa]lises|an[áa]lisis cl[ií]nicos|"
    r"analyses (?:m[ée]dicales|de sang)|s[ée]rie d.analyses|analyses|clinic|patient|appointment|prescription|pharmacy|doctor|hospital|"
    r"surgery|dental|nurse|treatment|lab results|cl[ií]nica|paciente|cita m[ée]dica|"
    r"receta|farmacia|m[ée]dico|consulta|exame|cirurgia|praxis|arzt|rezept|termin|"
    r"patient\w*|m[ée]decin|ordonnance|rendez-vous m[ée]dical|pharmacie|sant[ée]|"
    r"insulin\w*|refill|pharmacy support|biopsy|cataratas|seringues|syringes|lab courier|samples|redraws|surgeries|gp\b"
    r"|parkinson\w*|medication|medicamento|m[ée]dicament\w*|medikament\w*|prescription charges|pharmacy support|physiotherap\w*|physio\w*|wartezimmer|kassenpatient\w*|gesetzlich versichert|convênio|conv[êe]nio|cirurgia|catarata|concentrateurs? d.oxyg[èe]ne|oxygen concentrators?|ehpad|care home|dental"
    r"medical (?:devices?|supplies|equipment)|dispositifs? m[ée]dicaux|mat[ée]riel m[ée]dical",
    "utilities": r"\w*abschl[äa]g\w*|life support register|priority services? register|"
    r"disconnect\w* (?:\w+ )?power|(?:power|electricity) (?:was )?(?:cut|off)|coup[ée] l.[ée]lectricit[ée]|"
    r"corte de (?:luz|energ[ií]a)|sin luz|sem luz|stromsperre|gassperre|electricity|\bgas\b|water|meter|energy|power cut|utility|boiler|"
    r"heating|smart meter|tariff|electricidad|luz|contador|agua|energ[ií]a|eletricidade|"
    r"energia|[áa]gua|medidor|strom|z[äa]hler|wasser|heizung|[ée]lectricit[ée]|compteur|"
    r"eau\b|chauffage|z[äa]hler\w*|stromtarif|gastarif|"
    r"power\b|lost power|grid|substation|meter reads?|dual fuel|disconnected (?:his|her|their) (?:electricity|gas|water)|energia cortada|religa[çc][ãa]o|contrat d'eau|l'eau\b"
    r"|suministro|riego|abschlag\w*|abschlagszahlung|gaz\b|contrat de gaz|smart meter|meter|energy ombudsman|religa[çc][ãa]o|luz cortada|conta de luz|power cut|[ée]lectricit[ée]"
    r"stromanbieter|stromausfall|stromrechnung",
    "gaming_media": r"subscri(?:tor|[çc][ãa]o)|suscriptor\w*|(?:tv|radio|ad) spots|spots (?:contratados|"
    r"publicitarios|de (?:tv|radio|televisi[óo]n))|pauta|al aire|on air|ausgestrahlt|diffus[ée]s?|game|gaming|console|in-game|streaming|subscribers?|season pass|"
    r"esports?|tournament|account (?:banned|suspended)|skins?|loot|juego|videojuego|"
    r"jogo|spiel\w*|jeu|abonnement (?:vid[ée]o|streaming)|netflix|playlist|episode|channel|"
    r"campaigns?|campanhas?|\bads?\b|advertising|impress(?:ions|[õo]es)|m[íi]dia|media agency|streaming|gems|gemmes|in-game|skins|premium sub|jeu\b|jogo|spiel"
    r"|kampagne|ausgespielt|mediaplanung|v[íi]deos?|creador|creator|streamer|season pass|anti-?cheat|streak|gemmes?|in-game|ad revenue|ingresos por anuncios|monetiz\w*|"
    r"anuncios|publicidad|advertising|publicit[ée]|werbung|publicidade|an[úu]ncios|visualizaciones|visualiza[çc][õo]es|aufrufe|youtube|twitch|tiktok|"
    r"games|consoles|creator (?:fund|program|payouts?)|jogos|juegos|spiele|jeux|"
    r"streaming-?abo\w*|pase de temporada|passe de temporada|battle pass",
    "education_public": r"examen|exame|ex[áa]menes|weiterbildung\w*|hochschule\w*|curso|cursos|"
    r"capacitaci[óo]n|formation continue|admission|admisi[óo]n|admiss[ãa]o|school|university|student|tuition|course|enrol\w*|exam|campus|"
    r"council|municipal\w*|government|permit|public sector|ministry|colegio|escuela|"
    r"universidad|estudiante|matr[ií]cula|escola|universidade|aluno|schule|universit[äa]t|"
    r"student\w*|beh[öo]rde|[ée]cole|universit[ée]|[ée]tudiant|mairie|inscription|"
    r"school board|grades|report cards?|courses?|certificate|\bcert\b|learner|prince2|t[íi]tulo|c[ée]dula|tr[áa]mite|servicios escolares|dean|students?|exam|mairie|restauration scolaire|usager"
    r"|nahverkehr|transporte p[úu]blico|transports? en commun|urbanismo|ayuntamiento|atenci[óo]n ciudadana|ciudadan[oa]|prefeitura|treinamentos?|turma|master|m[áa]ster|dipl[ôo]me|tiers-temps|surveillant|frais de scolarit[ée]|scolarit[ée]|tuition|student finance|examen final|exam"
    r"[öo]pnv|nahverkehr|public transport|bus pass|monatskarte|licencias?|permisos?|permits?|alvar[áa]|baugenehmigung|permis de construire|"
    r"deutschlandticket|oyster card|navigo|bilhete [úu]nico|abono (?:de )?transporte|tarjeta (?:de )?transporte|jahreskarte|bahncard|semesterticket|"
    r"cohort|faculty|executive education|syllabus",
}
_ROLES: dict[str, str] = {
    "airline": r"passengers?|pax|flyers?|fliers?|pasajer[oa]s?|passageir[oa]s?|fluggast|"
    r"fluggäste|passag(?:er|[èe]re)s?",
    "banking": r"account ?holders?|cuentahabiente|correntista|kontoinhaber\w*|titulaire du compte",
    "insurance": r"policy ?holders?|benefici[áa]ri[oa]s?|beneficiary|beneficiaries|insured|asegurad[oa]s?|segurad[oa]s?|versicherungsnehmer\w*|"
    r"versicherte[rn]?|assur[ée]e?s?|souscripteur|"
    # or the insurance contract they hold with us, whatever care it pays for
    r"contrat (?:sant[ée]|habitation|auto|pr[ée]voyance)|seguro de (?:salud|vida|hogar|auto)|"
    r"krankenversicherung|health (?:insurance|plan) (?:policy|member)",
    "telecom": r"subscriber to (?:our|the) (?:line|network|broadband)|abonad[oa]s? (?:de l[ií]nea|"
    r"m[óo]vil)|abonn[ée]e? (?:mobile|internet)|mobilfunkkund\w*",
    "hospitality": r"guests?|hu[ée]sped(?:es)?|h[óo]spedes?|g[äa]ste?|h[ôo]tes?|clients? de l.h[ôo]tel",
    "healthcare": r"patients?|pacientes?|patient(?:in|en)|patientes?",
    "gaming_media": r"players?|gamers?|jugador(?:es|a)?|jogador(?:es|a)?|spieler(?:in)?|joueur\w*|"
    r"viewers?|creators?|streamers?",
    "education_public": r"students?|learners?|pupils?|alumn[oa]s?|estudiantes?|alun[oa]s?|"
    r"estudantes?|sch[üu]ler\w*|studierende\w*|[ée]tudiant\w*|[ée]l[èe]ves?|citizens?|"
    r"ciudadan[oa]s?|vecin[oa]s?|cidad[ãa]os?|b[üu]rger\w*|citoyen\w*|usagers?",
}
"""What the customer is to us: a passenger flies with us, a policyholder is insured by us
(or holds a health or home contract with us)."""
_TERMS_RE = {name: Alternation(rf"(?<!\w)(?:{cue})(?!\w)", re.I) for name, cue in _TERMS.items()}
_ROLES_RE = {name: Alternation(rf"(?<!\w)(?:{cue})(?!\w)", re.I) for name, cue in _ROLES.items()}
_ROLE_WEIGHT = 3.0
_OURS = re.compile(
    r"\b(?:our|your|with (?:you|us)|nuestr[oa]s?|su|nosso|nossa|unser\w*|ihr\w*|notre|votre)"
    r"(?:\s+\S+){0,3}\s+$",
    re.I,
)
"""A term right after "our"/"your" names what we sell ("our contract for the course")."""
_THEIRS = re.compile(
    r"\b(?:my|her|his|their|mi|su|sus|meu|minha|seu|sua|mein\w*|sein\w*|ihre[mnrs]?|ma|mon|sa|son|"
    r"ses|leur)\s+(?:own\s+)?$",
    re.I,
)
""""With my bank", "sa banque": the customer's own bank or card, not what we sell."""
_ERRAND = re.compile(
    r"^\S*(?:\s+\S+){0,3}?\s+(?:to attend|to get to|para (?:asistir|ir|llegar)|pour (?:assister|"
    r"aller|se rendre)|um (?:teilzunehmen|hinzukommen)|para (?:ir|chegar|participar))\b",
    re.I,
)
"""A term followed by "to attend" is how they got to us (flights booked to attend a
course), not what we sell: it counts for little."""


_PAYMENT = re.compile(
    r"cards?|cart[ãa]o|tarjeta|karte|carte|transfers?|transferencias?|transfer[êe]ncias?|virements?|"
    r"[üu]berweisung\w*|pix|boleto|lastschrift\w*|direct debits?",
    re.I,
)
"""How people pay in any industry: half a banking word."""
_THEIR_CLIENTS = re.compile(
    r"(?:\b(?:their|our|my own|nuestr[oa]s|mis propios|sus|seus|suas|nossos|nossas|meus|ihre[rn]?|"
    r"unsere[rn]?|meine|leurs|nos|mes)|"
    r"\d[\d.,]*)\s+(?:\w+\s+)?$",
    re.I,
)
""""Their patients", "212 pacientes": the customer's own clients, not ours."""


_NO_ROLE = Alternation(r"(?!x)x")


def _roles(name: str) -> Alternation:
    return _ROLES_RE.get(name, _NO_ROLE)


def _role_weight(text: str, m: re.Match[str], business: bool) -> float:
    """A consumer's role is what they are to us; a business's patients, guests or students
    are its own clients, and say little about what we sell it."""
    if _THEIR_CLIENTS.search(text[max(0, m.start() - 30) : m.start()]):
        return 0.0
    return 1.0 if business else _ROLE_WEIGHT


@dataclass(frozen=True)
class Guess:
    value: str
    evidence: str


def _weight(name: str, text: str, m: re.Match[str]) -> float:
    before = text[max(0, m.start() - 40) : m.start()]
    if name == "banking" and _THEIRS.search(before):
        return 0.0
    if name == "banking" and _PAYMENT.fullmatch(m.group(0)):
        return 0.5
    if _ERRAND.search(text[m.start() : m.end() + 40]):
        return 0.25
    return 2.0 if _OURS.search(before) else 1.0


def _weighed(name: str, text: str, business: bool) -> list[tuple[float, str]]:
    """Each word for the industry in `text`, with its weight."""
    roles = list(_roles(name).finditer(text))
    taken = [m.span() for m in roles]
    terms = [
        m for m in _TERMS_RE[name].finditer(text) if not any(a <= m.start() < b for a, b in taken)
    ]
    return [(_weight(name, text, m), m.group(0)) for m in terms] + [
        (_role_weight(text, m, business), m.group(0)) for m in roles
    ]


def industry(text: str, business: bool = False) -> Guess:
    """The industry whose words weigh most (see the module's note for the weights).

    The evidence is the words that weighed, as the agent wrote them, so the facts card
    shows why ("platform", "subscription"), not a score.
    """
    found = {name: _weighed(name, text, business) for name in _TERMS_RE}
    scores = {name: sum(weight for weight, _ in hits) for name, hits in found.items()}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] == 0:
        return Guess("other", "no industry named")
    value: Industry = best  # type: ignore[assignment]
    said = list(dict.fromkeys(word for weight, word in found[best] if weight > 0))
    return Guess(value, ", ".join(said[:4]))
