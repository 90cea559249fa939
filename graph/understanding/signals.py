"""What kind of issue it is and which risk signals it carries, in five languages.

Read on the issue text only: what we tried ("we refunded the shipping") never
changes the kind or the signals. Phrases that look like a signal and are not
("never happen again", "third party", "I saw your tweet", "my friend is a lawyer")
are blanked first, and a negated cue ("I'm not cancelling") does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.models import Signal

_FALSE_FRIENDS = re.compile(
    r"(?:never|not|won'?t|doesn'?t|does not|will not|would not|wouldn'?t)\s+(?:\w+\s+){0,3}"
    r"(?:happen|occur|repeat)\w*\s+again|(?:vuelva|volver[aá]?) a (?:pasar|ocurrir)|"
    r"n[ãa]o (?:volte|voltar[aá]?|vai voltar) a (?:acontecer|ocorrer)|nicht wieder (?:vorkommt|passiert)|"
    r"(?:ne se )?reproduise plus|"
    r"(?:second|third|fourth|1st|2nd|3rd)[- ](?:floor|party|parties|row|line support|quarter|"
    r"hand|opinion|gen\w*)|third[- ]party|segundo piso|tercer piso|terceros|terceiros|"
    r"(?:my|his|her|a) (?:friend|brother|sister|cousin|neighbou?r|wife|husband|dad|mum|mom|son|"
    r"daughter|colleague)\s+(?:is|who is|who's|works as)\s+(?:a |an )?(?:lawyer|attorney|"
    r"solicitor|journalist|reporter)|"
    r"(?:saw|seen|read|liked|follow)\s+(?:your|the|a)\s+(?:company'?s\s+)?(?:tweet|post|ad|"
    r"advert|instagram|linkedin)\w*|(?:our|your|the company's)\s+(?:twitter|social media|"
    r"instagram|facebook|linkedin)\s+(?:team|page|account|support)|"
    r"(?:our|we|the company's) (?:legal|lawyers?|counsel|attorneys?)|"
    r"(?:flight|train|order|booking|reservation|trip|appointment|meeting|event|vuelo|voo|"
    r"pedido|reserva|flug|bestellung|vol|commande)\s+(?:\w+\s+){0,2}(?:was |were |got |had been |"
    r"fue |foi |wurde |a été )?(?:cancel\w*|cancelad\w*|storniert|annul\w*)",
    re.I,
)
_NEGATION = re.compile(
    r"(?:\bnot\b|\bnever\b|\bno\b|n't|\bnobody\b|\bwithout\b|\bnunca\b|\bn[ãa]o\b|\bnicht\b|"
    r"\bkein\w*|\bnie\b|\bne\b|\bn'|\bpas\b|\bjamais\b|\bsans\b|\bsin\b|\bsem\b|\bohne\b|"
    r"\bno (?:va|vai|quiere|quer)\b|\bhas no (?:plans?|intention)|\brather than\b)"
    r"[^.!?;,]{0,25}$",
    re.I,
)

_CUES: dict[Signal, str] = {
    "churn": r"cancel(?:l?ing|l?ed)? (?:(?:my|her|his|their|our|the) )?(?:account|subscription|"
    r"contract|membership|service|policy|plan|card|everything)|close (?:my|her|his|their|the) "
    r"account|(?:switch|move|moving|switching|go|going) (?:\w+ )?to (?:a |another )?"
    r"(?:competitor|rival|another (?:bank|provider|airline|carrier|vendor|supplier|insurer|"
    r"operator|hotel))|competitors?|alternatives?|other (?:providers?|vendors?|suppliers?|"
    r"options|banks?|airlines?|carriers?|insurers?)|leave us|leaving (?:us|you)|"
    r"(?:won'?t|will not|not) (?:be )?renew\w*|churn|take (?:our|their|my|his|her) business "
    r"(?:elsewhere|somewhere)|take it elsewhere|looking elsewhere|take (?:their|the) money "
    r"elsewhere|dar(?:me|se|nos)? de baja|cancelar (?:\w+ )?(?:cuenta|suscripci[oó]n|contrato|"
    r"servicio|p[oó]liza|tarjeta|conta|assinatura|plano|ap[oó]lice|cart[aã]o)|cambiar(?:me|nos)? "
    r"(?:de|a) (?:banco|compa[ñn][ií]a|proveedor|operador|aseguradora)|irme a la competencia|"
    r"competencia|concorr[eê]ncia|portabilidade|mudar de (?:banco|operadora|seguradora)|"
    r"trocar de (?:banco|operadora|seguradora|empresa)|k[üu]ndig\w*|(?:anbieter|bank) wechseln|"
    r"wechseln zu|zur konkurrenz|konkurrenz|r[ée]silier|r[ée]siliation|changer (?:de banque|"
    r"d'op[ée]rateur|d'assureur|de fournisseur)|concurrence|aller (?:voir )?ailleurs|"
    r"quitter (?:votre|la) (?:banque|compagnie)",
    "legal": r"lawyers?|attorneys?|solicitors?|legal action|legal proceedings|\bsue\b|suing|"
    r"lawsuit|\bcourt\b|small claims|litigation|counsel|law firm|letter before action|"
    r"cease and desist|on behalf of (?:our|my) client|legal (?:team|department) (?:of|for) "
    r"(?:the customer|our client)|abogad\w*|demanda(?:r|remos|rá)?\b|juicio|tribunal\w*|"
    r"acci[oó]n legal|v[ií]a judicial|despacho de abogados|burofax|carta notarial|"
    r"advogad\w*|processo judicial|processar|a[çc][ãa]o judicial|justi[çc]a|"
    r"notifica[çc][ãa]o extrajudicial|juizado|rechtsanw[äa]lt\w*|anwalt\w*|anw[äa]lt\w*|"
    r"kanzlei|klage\w*|verklagen|gericht\w*|rechtliche schritte|abmahnung|avocats?|"
    r"poursuites?|mise en demeure|proc[èe]s|action en justice|huissier",
    "regulator": r"regulators?|ombudsman|ombudsperson|\bfca\b|\bcfpb\b|\bftc\b|\bofcom\b|"
    r"\bofgem\b|\bofwat\b|\bico\b|information commissioner|data protection authority|\bfos\b|"
    r"financial ombudsman|attorney general|consumer protection (?:agency|bureau|office)|"
    r"trading standards|\bdot\b complaint|department of transportation|\bcaa\b|\bfcc\b|\bsec\b|"
    r"\bfinra\b|\bocc\b|\bafca\b|\bacma\b|\bcrtc\b|\baepd\b|\bcnmc\b|\bomic\b|"
    r"defensor del (?:cliente|pueblo|asegurado)|banco de espa[ñn]a|\bcnmv\b|"
    r"\bprofeco\b|\bprocon\b|banco central|\bbacen\b|\banatel\b|\baneel\b|\banac\b|\bans\b|"
    r"\bsusep\b|consumidor\.gov|\bbafin\b|bundesnetzagentur|schlichtungsstelle|"
    r"verbraucherzentrale|aufsicht\w*|\bcnil\b|\bdgccrf\b|m[ée]diateur|\bacpr\b|\barcep\b|"
    r"\bamf\b|autorit[ée] de (?:contr[ôo]le|r[ée]gulation)|regulador|reguladora|organismo "
    r"regulador|[óo]rg[ãa]o regulador|complaint with the (?:state|government)",
    "privacy": r"someone else'?s (?:data|details|statement|account|information|records?|"
    r"documents?|invoice)|(?:another|other) (?:customer|client|patient|person|guest)'?s? "
    r"(?:data|details|statement|account|information|records?|invoice|name|address)|"
    r"sent (?:to|it to) (?:the )?wrong (?:person|customer|address|email|recipient)|"
    r"wrong (?:recipient|person) (?:got|received)|personal (?:data|details|information)|"
    r"data (?:breach|leak|protection)|\bgdpr\b|\bhipaa\b|leaked|exposed (?:\w+ )?(?:data|"
    r"details|information)|could see (?:other|another|someone)|"
    r"datos personales|datos de otr[oa]|\blopd\b|\blgpd\b|dados pessoais|dados de outr[oa]|"
    r"vazamento|filtraci[oó]n|\bdsgvo\b|datenschutz\w*|personenbezogene|daten (?:eines|einer) "
    r"anderen|\brgpd\b|donn[ée]es personnelles|donn[ée]es d'un autre|fuite de donn[ée]es",
    "safety": r"allerg\w*|anaphyla\w*|injur\w*|\bhurt\b|burn(?:ed|t|s)?\b|caught fire|\bfire\b|"
    r"smoke|electric(?:al)? shock|sparks?|overheat\w*|gas leak|carbon monoxide|"
    r"food poisoning|unsafe|hazard\w*|choking|emergency room|\ber\b visit|a&e|ambulance|"
    r"hospitali[sz]\w*|wrong (?:medication|medicine|dose|dosage|prescription)|mou?ld\b|"
    r"health risk|safety|alergi\w*|lesi[oó]n|herid\w*|quemad\w*|incendio|humo|descarga "
    r"el[ée]ctrica|intoxicaci[oó]n|urgencias|peligro\w*|seguridad (?:del|de la) (?:producto|"
    r"paciente)|queimad\w*|inc[êe]ndio|fuma[çc]a|choque el[ée]trico|intoxica[çc][ãa]o|"
    r"pronto[- ]socorro|perig\w*|verletz\w*|verbrannt|brand\b|rauch|stromschlag|"
    r"lebensmittelvergiftung|notaufnahme|gef[äa]hr\w*|allergi\w*|bless[ée]\w*|br[ûu]l\w*|"
    r"incendie|fum[ée]e|[ée]lectrocut\w*|intoxication|urgences|dangereu\w*|sant[ée]",
    "vulnerability": r"elderly|pensioner|retiree|in (?:her|his) (?:70|80|90)s|\b(?:7|8|9)\d[- ]"
    r"year[- ]old|disab\w*|wheelchair|blind\b|deaf\b|dementia|alzheimer\w*|cancer|chemo\w*|"
    r"terminal(?:ly)? ill|pregnan\w*|newborn|\bbaby\b|infant|toddler|(?:young|little|small|"
    r"\d{1,2}[- ]year[- ]old|\d{1,2}yo) (?:son|daughter|boy|girl|kids?|children)|"
    r"\bchild(?:ren)?\b|\bkids\b|\bminor\b|widow\w*|bereave\w*|passed away|"
    r"(?:just )?died|funeral|mental health|carer|caregiver|dialysis|oxygen|insulin|"
    r"medical (?:equipment|condition|device)|vulnerable|ancian[oa]s?|jubilad[oa]|"
    r"discapacid\w*|embarazad\w*|falleci\w*|beb[ée]|ni[ñn][oa]s?|viud[oa]|"
    r"idos[oa]s?|aposentad[oa]|defici[êe]ncia|gr[áa]vida|faleceu|falecid\w*|crian[çc]as?|"
    r"vi[úu]v[oa]|senior\w*|rentner\w*|behindert\w*|schwanger\w*|verstorben\w*|"
    r"\bkinder\b|kleinkind|(?:mein|unser|ihr|sein) kind\b|s[äa]ugling|witwe\w*|pflegebed[üu]rftig|[âa]g[ée]e?s?\b|retrait[ée]e?|"
    r"handicap\w*|enceinte|d[ée]c[ée]d[ée]e?|enfants?|b[ée]b[ée]|veu(?:f|ve)|personne [âa]g[ée]e",
    "public": r"(?:post(?:ed|ing)?|tweet(?:ed|ing)?|writ\w+|leave|left|share\w*|go|going|put "
    r"it) (?:\w+ ){0,4}(?:on|to|about it on) (?:twitter|x\b|facebook|instagram|tiktok|"
    r"linkedin|reddit|youtube|social media|trustpilot|google|yelp|tripadvisor)|"
    r"(?:twitter|facebook|instagram|tiktok|linkedin|reddit|youtube|trustpilot|yelp|"
    r"tripadvisor|google) (?:post|thread|review|video)|social media|go(?:ing)? public|viral|"
    r"journalists?|reporters?|\bpress\b|the media|newspaper|\bbbb\b|(?:1|one)[- ]star|"
    r"bad review|public(?:ly)? review|followers|redes sociales|periodistas?|prensa|"
    r"publicar(?:lo)?|reclame aqui|imprensa|jornalistas?|redes sociais|rese[ñn]a|avalia[çc][ãa]o|"
    r"presse|journalist\w*|[öo]ffentlich\w*|bewertung|soziale(?:n)? medien|zeitung|"
    r"r[ée]seaux sociaux|journalistes?|m[ée]dias|avis (?:n[ée]gatif|en ligne)|rendre public",
    "repeat": r"\bagain\b|second time|third time|fourth time|(?:2nd|3rd|4th|5th|\d+th) time|"
    r"(?:twice|three times|\d+ times) (?:this|in|now|already)|keeps? (?:happening|failing|"
    r"breaking|going down)|recurring|repeated(?:ly)?|pattern|not the first time|once more|"
    r"every (?:week|month)|(?:incidents?|issues?|outages?|problems?|failures?)[^.]{0,40}"
    r"(?:last|this|previous) (?:quarter|month|year|week)|previous (?:issues|incidents|"
    r"outages|problems|complaints)|(?:incidents?|outages?|issues?|complaints?) (?:before|"
    r"previously|already)|otra vez|de nuevo|nuevamente|(?:segunda|tercera|cuarta) vez|"
    r"una vez m[aá]s|de novo|outra vez|novamente|mais uma vez|(?:segunda|terceira|quarta) vez|"
    r"schon wieder|erneut|wiederholt|zum (?:zweiten|dritten|vierten|x-ten) mal|immer wieder|"
    r"[àa] nouveau|de nouveau|une fois de plus|encore une fois|(?:deuxi[èe]me|troisi[èe]me|"
    r"[ée]ni[èe]me) fois|r[ée]current\w*",
    "broken_promise": r"promised|were promised|was promised|was told (?:it|we|they|she|he|"
    r"that)|were told|assured (?:her|him|them|me|us)|guaranteed|supposed to (?:call|fix|arrive|"
    r"be|get|have|refund|credit)|(?:never|nobody|no one|no-one) (?:called|rang|got|came|"
    r"replied|followed up|wrote) back|never (?:received|got) the (?:refund|credit|call|callback)|"
    r"still (?:hasn'?t|have not|has not|not) (?:received|arrived|been)|said (?:we|they|you) "
    r"would|callback (?:never|that never)|prometi\w*|nos dijeron que|me dijeron que|"
    r"le dijeron que|aseguraron|garantiz\w*|prometeram|prometido|disseram que|garantiram|"
    r"versprochen|zugesagt|zugesichert|hie[ßs] es|promis|on (?:m'|nous |lui )a(?:vait)? dit|"
    r"assur[ée] que|garanti",
    "chargeback": r"charge ?back|dispute (?:the|this|it|a) (?:charge|payment|transaction)|"
    r"dispute (?:with|through) (?:her|his|my|their|the) (?:bank|card)|card dispute|"
    r"(?:call|tell|ask) (?:her|his|my|their) (?:bank|card (?:company|issuer)) to "
    r"(?:reverse|stop|block)|reverse the (?:charge|payment)|contracargo|desconocer (?:el|los) "
    r"cargos?|disputa (?:con|en) (?:el|su|mi) (?:banco|tarjeta)|contestar (?:el|o) (?:cargo|"
    r"pagamento|d[ée]bito)|estorno|cancelar a compra no cart[aã]o|r[üu]ckbuchung|"
    r"zahlung zur[üu]ck\w*|lastschrift zur[üu]ck\w*|widerspruch (?:bei|gegen) (?:der|die) "
    r"(?:lastschrift|bank)|r[ée]trofacturation|opposition (?:sur|à) (?:la|sa|ma) carte|"
    r"contester (?:le|la) (?:pr[ée]l[èe]vement|paiement|transaction)",
    "abusive": r"abusive|abuse[ds]? (?:our|the|my) (?:staff|agent|team|rep)|swore|swearing|"
    r"profanit\w*|insult(?:ed|ing) (?:our|the|my)|slurs?|threatened (?:our|the|my) "
    r"(?:staff|agent|rep|team|colleague)|threat(?:s|ened)? (?:of )?violence|"
    r"called (?:her|him|our agent|the agent|me) (?:an? )?(?:idiot|stupid|moron|incompetent)|"
    r"yell(?:ed|ing) (?:and|at)|screaming at|harass\w*|insult[óo] a|amenaz[óo] a "
    r"(?:nuestr|la agente|el agente)|groser[ií]as|xing(?:ou|ando)|ofendeu|amea[çc]ou|"
    r"beleidig\w*|beschimpf\w*|bedroh\w*|insult[ée] (?:notre|l'|la|le)|menac[ée] (?:notre|"
    r"l'|la|le)|injur\w*",
    "life_event": r"wedding|honeymoon|anniversary|birthday|graduation|funeral|moving house|"
    r"house move|new baby|birth of|christening|baptism|bar mitzvah|job interview|exam|"
    r"boda|luna de miel|aniversario|cumplea[ñn]os|graduaci[oó]n|entierro|mudanza|bautizo|"
    r"casamento|lua de mel|anivers[áa]rio|formatura|vel[óo]rio|enterro|mudan[çc]a|batizado|"
    r"hochzeit|flitterwochen|jahrestag|geburtstag|beerdigung|umzug|taufe|mariage|"
    r"lune de miel|anniversaire|enterrement|obs[èe]ques|d[ée]m[ée]nagement|bapt[êe]me",
    "financial_harm": r"bounced|overdra\w+|overdrawn|late (?:fees?|payment fees?|charges?) "
    r"(?:from|with|at) (?:her|his|their|my|the) (?:bank|landlord|lender|card)|missed (?:her|"
    r"his|their|a|the) (?:mortgage|rent|loan|payroll|salary|card) payments?|credit (?:score|"
    r"rating|file)|couldn'?t (?:pay|make) (?:rent|payroll|salaries|wages|the mortgage)|"
    r"payroll|salaries|debt collect\w*|interest charges|declined at|rejected payments?|"
    r"descubierto|sobregiro|recargos? (?:del|de su) banco|n[óo]minas?|intereses de demora|"
    r"cheque especial|nome sujo|serasa|juros|folha de pagamento|sal[áa]rios|"
    r"mahngeb[üu]hr\w*|[üu]berzogen|dispo\w*|schufa|geh[äa]lter|lohnzahlung|"
    r"d[ée]couvert|agios|incident de paiement|fichage|salaires|p[ée]nalit[ée]s de retard",
}
_NEGATABLE: frozenset[Signal] = frozenset(
    {"churn", "legal", "regulator", "public", "chargeback", "abusive", "privacy", "safety"}
)
_CUE_RE: dict[Signal, re.Pattern[str]] = {
    name: re.compile(rf"(?<![\w])(?:{cue})", re.I) for name, cue in _CUES.items()
}
_REPEAT_NOT = re.compile(
    r"(?:try|tried|log(?:ged)? ?in|sign(?:ed)? ?in|call(?:ed)?|ring|contact|write|start|"
    r"restart|reboot|check|book|order|fly|stay|buy|use) (?:\w+ )?again",
    re.I,
)

_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "security",
        re.compile(
            r"breach|hack(?:ed|er)?|unauthori[sz]ed (?:access|login|transactions?)|"
            r"account (?:was )?compromised|phishing|fraud\w*|stolen (?:card|identity)|"
            r"hackead\w*|fraude|invadid\w*|gehackt|betrug|pirat[ée]|usurpation",
            re.I,
        ),
    ),
    (
        "data",
        re.compile(
            r"data loss|lost (?:all |their |our |her |his )?(?:data|files|records|photos)|"
            r"deleted|wiped|corrupt\w*|sent (?:to|it to) (?:the )?wrong|someone else'?s|"
            r"personal data|datos (?:perdidos|borrados)|perdi\w* (?:los|todos los) datos|"
            r"dados (?:perdidos|apagados)|daten (?:verloren|gel[öo]scht)|donn[ée]es (?:perdues|"
            r"effac[ée]es)",
            re.I,
        ),
    ),
    (
        "outage",
        re.compile(
            r"outage|went down|was down|is down|were down|down for|downtime|offline|"
            r"unavailable|not loading|no (?:internet|signal|service|connection|power|electricity)|"
            r"power cut|blackout|ca[ií]d[oa]|ca[ií]da|sin (?:servicio|conexi[oó]n|internet|luz)|"
            r"fora do ar|queda|sem (?:internet|sinal|servi[çc]o|luz)|instabilidade|ausfall|"
            r"ausgefallen|nicht erreichbar|st[öo]rung|kein (?:internet|netz|strom)|panne|"
            r"hors service|indisponible|coupure|plus d'internet",
            re.I,
        ),
    ),
    (
        "billing",
        re.compile(
            r"charged|overcharg\w*|invoice|billing|\bbill\b|double[- ]?charge|fees?\b|"
            r"debited|refund|cobr\w*|factura\w*|cargo|comisi[oó]n|fatura\w*|tarifa|"
            r"abgebucht|rechnung|geb[üu]hr\w*|abbuchung|factur\w*|pr[ée]l[èe]vement|d[ée]bit[ée]|"
            r"frais",
            re.I,
        ),
    ),
    (
        "delivery",
        re.compile(
            r"deliver\w*|shipping|shipment|parcel|package (?:never|didn|did not|was lost)|"
            r"never arrived|hasn'?t arrived|order (?:never|didn|did not|still)|courier|"
            r"lost (?:luggage|baggage|bag)|entrega|env[ií]o|paquete|no (?:ha )?lleg\w*|"
            r"encomenda|pacote|n[ãa]o chegou|lieferung|paket|nicht angekommen|livraison|colis|"
            r"pas (?:arriv|re[çc]u)",
            re.I,
        ),
    ),
    (
        "service",
        re.compile(
            r"rude|ignored|no one (?:called|replied)|unprofessional|hung up|waited|on hold|"
            r"denied boarding|overbook\w*|downgrad\w*|cancel+ed (?:flight|booking|reservation)|"
            r"(?:flight|booking|reservation) (?:was )?cancel+ed|delay\w*|missed (?:the |her |his )?"
            r"connection|grosero|maleducad\w*|mal atendid\w*|sin respuesta|atendimento|"
            r"grosseir\w*|sem resposta|unfreundlich|keine antwort|impoli|sans r[ée]ponse|"
            r"retras\w*|atras\w*|versp[äa]t\w*|retard\w*|annul\w*|cancelad\w*|storniert",
            re.I,
        ),
    ),
    (
        "defect",
        re.compile(
            r"bug|broken|error|not working|doesn'?t work|does not work|stopped working|defect\w*|"
            r"faulty|fault|crash\w*|glitch|no funciona|defectuos\w*|averiad\w*|n[ãa]o funciona|"
            r"defeito|quebrad\w*|kaputt|defekt|funktioniert nicht|ne fonctionne (?:pas|plus)|"
            r"cass[ée]|d[ée]fectueu\w*|en panne",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class Hit:
    name: str
    evidence: str


def _blank(text: str) -> str:
    """False friends replaced by spaces, so offsets (and evidence) stay the same."""
    return _FALSE_FRIENDS.sub(lambda m: " " * len(m.group(0)), text)


def _evidence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(".", end), text.find("\n", end)) if i != -1), default=len(text)
    )
    return " ".join(text[left:right].split())[:160]


def signals(issue: str, whole: str) -> list[Hit]:
    """The signals the customer's issue carries; a broken earlier promise is read on the
    whole text, since it is often told in what we tried ("we promised a callback")."""
    out: list[Hit] = []
    cleaned = {"issue": _blank(issue), "whole": _blank(whole)}
    for name, pattern in _CUE_RE.items():
        source = "whole" if name == "broken_promise" else "issue"
        text = cleaned[source]
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if name in _NEGATABLE and _NEGATION.search(before):
                continue
            if name == "repeat" and _REPEAT_NOT.search(text[max(0, m.start() - 30) : m.end()]):
                continue
            original = issue if source == "issue" else whole
            out.append(Hit(name, _evidence(original, m.start(), m.end())))
            break
    return out


def issue_kind(issue: str) -> Hit | None:
    """The first kind whose cue the issue text carries, most specific first."""
    for name, pattern in _KINDS:
        if m := pattern.search(issue):
            return Hit(name, _evidence(issue, m.start(), m.end()))
    return None
