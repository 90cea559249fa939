"""Which risk signals a case carries, in five languages.

Read on the issue text only: what we tried ("we refunded the shipping") never
changes the signals (nor the kind, read by `kinds`). Phrases that look like a signal and are not
("never happen again", "third party", "I saw your tweet", "my friend is a lawyer")
are blanked first, and a negated cue ("I'm not cancelling") does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.models import Signal
from graph.understanding.alternation import Alternation
from graph.understanding.frames import CLIENT_LOST_TO_OTHER, framed
from graph.understanding.sentences import sentences

_CEILING_DOWN = (
    r"(?:ceiling|roof|techo|teto|forro|decke|plafond)\w* (?:\w+ ){0,4}(?:bowing|sagging|"
    r"collaps\w*|caved|fell|fall(?:en|ing)|came down|cay[óo]|se (?:cay[óo]|hundi[óo]|vino abajo)|"
    r"derrumb\w*|caiu|desabou|cedeu|eingest[üu]rzt|heruntergefallen|h[äa]ngt durch|effondr\w*|"
    r"s'est effondr\w*|tomb[ée]\w*)|(?:se (?:le |les |me |nos )?cay[óo]|caiu|desabou|fell|"
    r"collapsed|came down|est tomb[ée]|s'est effondr[ée]|ist eingest[üu]rzt|st[üu]rzte) "
    r"(?:\w+ ){0,2}(?:el |o |the |le |la |die )?(?:techo|teto|forro|ceiling|roof|plafond|decke)"
)
"""A ceiling or roof coming down on whoever is under it, or about to."""
_HAZARDS = (
    _CEILING_DOWN + "|"
    # water reaching the electrics
    r"(?:dripping|leaking|water|agua|[áa]gua|wasser|eau)\w* (?:\w+ ){0,5}(?:light fittings?|"
    r"light fixtures?|sockets?|electrics|wiring|fuse ?box|enchufes?|tomadas?|steckdosen?|"
    r"prises? [ée]lectriques?)|"
    # a wound
    r"(?:a |un |uma |une )?(?:corte|cut|gash|coupure|platzwunde|schnittwunde) (?:\w+ )?(?:en|on|"
    r"in|na|no|à|a|am) (?:la |el |his |her |the |a |o |der |sa )?(?:cabeza|cabe[çc]a|head|t[êe]te|"
    r"kopf|cara|face|rosto|visage|frente|forehead|front)|"
    # threats from someone else, aimed at the customer
    r"(?:sending|sent|send) (?:him|her|them|me|us) (?:\w+ )?threats|(?:receiving|received|"
    r"getting|got|gets) (?:\w+ )?threats|death threats|amenazas de muerte|amea[çc]as de morte|"
    r"morddrohungen|menaces de mort|"
    # a product a baby or child relies on, broken
    r"(?:crib|cot|car seat|high ?chair|stroller|pram|buggy|baby gate|cuna|silla de coche|trona|"
    r"ber[çc]o|cadeirinha|kinderbett|babybett|kindersitz|hochstuhl|kinderwagen|berceau|"
    r"lit b[ée]b[ée]|si[èe]ge auto|chaise haute|poussette)\w*[^.\n]{0,100}?\b(?:crack\w*|broken|"
    r"broke|snapped|split|collaps\w*|loose|rot[oa]|quebrad\w*|rachad\w*|solt\w*|kaputt|"
    r"gebrochen|gerissen|locker|cass[ée]\w*|fissur[ée]\w*|fendu\w*)|"
    # an injury that needed care, illness from what we supplied, no heating below zero
    r"stitches|puntos de sutura|levou pontos|genäht werden|points de suture|broken (?:arm|leg|"
    r"wrist|ankle|hip|ribs?|nose)|fractur\w*|s'est cass[ée]e? (?:le|la|les) \w+|(?:se )?rompi[óo] "
    r"(?:el|la) (?:brazo|pierna|mu[ñn]eca|tobillo|cadera)|quebrou (?:o|a) (?:bra[çc]o|perna|pulso|"
    r"tornozelo|quadril)|(?:arm|bein|handgelenk|h[üu]fte) gebrochen|high fever|fiebre alta|febre "
    r"alta|hohes fieber|forte fi[èe]vre|got sick from|(?:se )?enferm\w* (?:por|con) (?:el|la) "
    r"(?:agua|comida)|(?:sin|without|no|sem|ohne|keine|pas de|sans) (?:\w+ )?(?:calefacci[oó]n|"
    r"heating|heat|aquecimento|heizung|chauffage)\b[^.\n]{0,60}?(?:-\s?\d+\s?(?:grados|graus|grad|"
    r"degr[ée]s|degrees|°)|(?:to|at|hit|reached|of|bei|auf|à|a|de|em|hasta|at[ée]) -\s?\d+\b)|"
    # bed bugs and their bites are a health matter
    r"bed ?bugs?|chinches|percevejos?|bettwanzen?|punaises(?: de lit)?|"
    # medication run out or missing, a lift that fell, a stranger in the room, glass in food
    r"keine (?:\w+ )?medikamente|no (?:medication|medicine|meds)\b|sin (?:medicamentos|"
    r"medicaci[oó]n)|sem (?:rem[ée]dios?|medicamentos?)|pas de m[ée]dicaments|(?:ran|run|running) "
    r"out of (?:his |her |their )?(?:medication|medicine|meds|insulin|inhalers?)|"
    r"(?:lift|elevator|elevador|ascensor|aufzug|fahrstuhl|ascenseur)\w* (?:\w+ ){0,3}(?:fell|"
    r"dropped|plunged|caiu|despencou|cay[óo]|se desplom[óo]|abgest[üu]rzt|st[üu]rzte|est tomb[ée]|"
    r"a chut[ée])|(?:trapped|stuck) in (?:the|a) (?:lift|elevator)|pres[oa] no elevador|"
    r"atrapad[oa] en el ascensor|im (?:aufzug|fahrstuhl) (?:eingesperrt|stecken)|"
    r"coinc[ée]e? dans l'ascenseur|(?:a man|someone|a stranger|un hombre|alguien|um homem|"
    r"algu[ée]m|ein mann|jemand|ein fremder|un homme|quelqu'un|un inconnu) (?:\w+ ){0,2}(?:walked|"
    r"came|got|entered|entr[óo]|entrou|kam|ist) (?:\w+ ){0,2}(?:in\b|into (?:her|his|the|their) "
    r"room|en (?:la|su) habitaci[oó]n|no quarto|ins zimmer|dans (?:la|sa) chambre)|"
    r"(?:glass|metal|plastic|needles?|nails?|screws?|vidrio|cristal|vidro|glassplitter|"
    r"glasscherben|verre|m[ée]tal)\w* (?:\w+ ){0,2}(?:in|inside|en|dentro de|no|na|im|in der|dans) "
    r"(?:the |a |his |her |el |la |o |a |der |die |le |la |un |une )?(?:\w+ )?(?:food|meal|jar|drink|"
    r"bottle|sandwich|salad|comida|potito|frasco|bebida|papinha|essen|glas|nahrung|repas|plat|"
    r"bocal|pot|boisson)|"
    r"(?:start(?:ed)?|cause[ds]?) a fire|provocar un incendio|causar um inc[êe]ndio|"
    r"brand (?:verursachen|ausl[öo]sen)|(?:d[ée]clencher|provoquer) un incendie"
)
"""Harm to body or home told as what happened (a ceiling down, a cut on the head, threats,
a cracked crib rail), beside the named hazards."""
_ESSENTIAL_SUPPLY_LOST = re.compile(
    r"(?:no|without|sin|sem|ohne|sans|kein\w*|pas d'|plus d'|plus de)\s(?:\w+ )?(?:heating|heat|"
    r"power|electricity|water|gas|calefacci[oó]n|luz|electricidad|agua|aquecimento|energia|"
    r"[áa]gua|heizung|strom|wasser|chauffage|[ée]lectricit[ée]|eau)\b|(?:power|electricity|gas|"
    r"water|heating) (?:\w+ ){0,3}(?:cut|off|out|down|disconnected)\b|(?:cut|cut off|"
    r"disconnected|shut off|turned off|switched off) (?:\w+ ){0,3}(?:power|electricity|gas|water|"
    r"heating|supply)\b|coupure "
    r"(?:d'|de )(?:[ée]lectricit[ée]|eau|gaz|courant)|corte de (?:luz|agua|gas|energ[ií]a|"
    r"electricidad)|(?:luz|energia|[áa]gua|g[áa]s) cortad[oa]|stromausfall|"
    r"(?:strom|gas|wasser|heizung) (?:\w+ ){0,2}(?:abgestellt|abgeschaltet|gesperrt)",
    re.I,
)
"""Power, heat, water or gas gone."""
_CARE_SETTING = re.compile(
    r"care homes?|nursing homes?|old people'?s homes?|hospitals?|hospices?|maisons? de retraite|"
    r"ehpad|h[ôo]pita(?:l|ux)|residencias? de (?:mayores|ancianos)|hospital(?:es)?|lar(?:es)? de "
    r"idosos|casas? de repouso|pflegeheim\w*|altenheim\w*|seniorenheim\w*|krankenh[äa]us\w*",
    re.I,
)
"""Where people are cared for: without power, heat or water there, their health is at risk
(generators failing at a care home), which a household outage alone does not tell."""
_FREEZING = re.compile(
    r"(?<![\w-])-\s?\d+\s?(?:°\s?[cf]?|º|degrees?|grados|graus|grad|degr[ée]s)|below freezing|"
    r"sub-?zero|bajo cero|abaixo de zero|negativos?|minusgrade|unter null|en dessous de z[ée]ro|"
    r"sous z[ée]ro",
    re.I,
)
_ALARM_LINE = re.compile(
    r"telecare|(?:pendant|personal|medical|community) alarm|panic button|teleasistencia|"
    r"teleassist[êe]ncia|t[ée]l[ée]assistance|hausnotruf|notruf(?:knopf|armband|system)",
    re.I,
)
_LINE_DOWN = re.compile(
    r"(?:line|landline|phone|connection|broadband|l[ií]nea|linha|leitung|anschluss|ligne)\w* "
    r"(?:\w+ ){0,3}(?:dead|down|cut|out|not working|sin servicio|cortad[ao]|ca[ií]d[ao]|sem "
    r"servi[çc]o|tot|ausgefallen|gest[öo]rt|coup[ée]e?|hors service|muerta|morta)|no dial tone|"
    r"sin tono|sem tom|kein freizeichen|pas de tonalit[ée]",
    re.I,
)


def _unsafe_without(issue: str) -> re.Match[str] | None:
    """Without power, heat or water where people are cared for or in freezing cold, or
    without the line a telecare alarm calls over: told across sentences ("your crew shut off
    my gas ... It was -8°F overnight")."""
    m = _ESSENTIAL_SUPPLY_LOST.search(issue)
    if m and (_CARE_SETTING.search(issue) or _FREEZING.search(issue)):
        return m
    if _ALARM_LINE.search(issue) and (m := _LINE_DOWN.search(issue)):
        return m
    return None


_YOUNG_BY_NAME = (
    r"(?:player|gamer|student|pupil|learner|child|kid|son|daughter|grandson|granddaughter|boy|"
    r"girl|jugador\w*|jogador\w*|spieler\w*|joueu(?:r|se)|alumn[oa]|alun[oa]|sch[üu]ler\w*|"
    r"[ée]l[èe]ve|estudiante|estudante|nieto|nieta|neto|neta|enkel\w*|petit-(?:fils|fille))"
    r"(?-i:(?: [A-ZÀ-Ý][\w'-]+){1,3}),? \(?(?:[1-9]|1[0-7])\)?(?= ?(?:,|\.|;|\)|$|years? old|"
    r"yo\b|a[ñn]os|anos|jahre|ans\b|says\b|dice\b|diz\b|sagt\b|dit\b))"
)
"""A young person named before their age ("player Liam Brooks, 15, says"): the age
follows the name, not the role."""
_VULNERABLE_MORE = (
    r"berufsunf[äa]hig\w*|erwerbsunf[äa]hig\w*|erwerbsminder\w*|disability (?:pension|benefits?|"
    r"allowance|payments?)|pensi[oó]n (?:de|por) (?:invalidez|incapacidad)|aposentadoria por "
    r"invalidez|aux[ií]lio[- ]doen[çc]a|pension d'invalidit[ée]|allocation (?:adulte )?handicap\w*|"
    r"maison de retraite|lar de idosos|casa de repouso|altenheim|seniorenheim|residencia de "
    r"ancianos|partially sighted|sight loss|hard of hearing|deficiente visual|sehbehindert\w*|"
    r"malvoyant\w*|discapacidad visual|dialys\w*|di[áa]lis\w*|(?:tratamento|tratamiento|"
    r"tratando|com|est[áa] com|tem|tiene) (?:de |contra (?:o |el )?)?c[âáa]ncer|"
    r"(?:frau|mann|ehemann|ehefrau|sohn|tochter|vater|mutter) ist (?:\w+ ){0,4}gestorben|"
    r"lost (?:her|his|their) (?:husband|wife|partner|son|daughter|mother|father|mum|dad|child|"
    r"baby)|perdi[óo] a su (?:marido|esposa|mujer|hijo|hija|madre|padre)|perdeu (?:o|a) (?:marido|"
    r"esposa|mulher|filho|filha|m[ãa]e|pai)|(?:ihren|seinen|ihre|seine) (?:mann|frau|sohn|tochter|"
    r"mutter|vater) verloren|perd(?:u|re) (?:son|sa) (?:mari|femme|fils|fille|m[èe]re|p[èe]re)|ciega|"
    r"\bcega\b|severe anxiety|panic attacks?|ataques? de p[áâa]nico|panikattacke\w*|crises? "
    r"d'angoisse|ansiedad (?:severa|grave)|ansiedade (?:severa|grave)"
)
"""Living on a disability pension or in an old people's home, sight loss, dialysis, cancer,
a husband or wife who died or was lost (German puts the verb last), blindness, panic."""
_PUBLIC_MORE = (
    r"(?:post|write|leave|put up|publish|posted|wrote|written|left|posting|writing|leaving|"
    r"publishing)\w* (?:a |an |his |her |their |my |one )?(?:\w+ )?reviews?\b|\breddit\b|"
    r"(?:auf|on|en|sur|no|na) (?:twitter|linkedin|threads|bluesky|mastodon)\b|gepostet|"
    r"postou|postado|(?:on|no|na|en|auf|sur) (?:fb|insta|ig)\b|(?:sur|on|en|no|na|auf) (?-i:X)\b|(?:tv|television|radio) (?:news|station|"
    r"programme|program|show|reporter)|local news|(?:on|en|na|im|[àa] la) (?:tv|televisi[oó]n|"
    r"televis[ãa]o|fernsehen|t[ée]l[ée])\b|la tele\b"
)
"""A review written or threatened, a post on a network named by its site, the TV news."""
_PUBLIC_MORE_2 = (
    # the press and broadcasters as people name them
    r"(?-i:BBC|CNN|ITV|NBC|CBS|Sky News)\b|jornal\b|peri[óo]dico|dans (?:le|un) journal|"
    r"article (?:est )?paru|saiu (?:no|na|em)|sali[óo] en (?:el|la|las) (?:noticias|tele|"
    r"peri[óo]dico|prensa)|lokal(?:sender|radio|zeitung|presse)|regionalzeitung|radio locale|"
    r"t[ée]l[ée] locale|r[áa]dio local|emissora|televisi[oó]n local|"
    # a star rating, a petition, someone with an audience
    r"(?:une|1) [ée]toile|(?:una|1) estrella|(?:uma|1) estrela|petition|petici[oó]n|"
    r"abaixo-assinado|change\.org|blogger|bloguer\w*|vlogger|youtuber|tiktoker|influencer\w*|"
    r"influenciador\w*|instagrammer|seguidores|(?:with|com|con|avec|mit) (?:\w+ )?\d[\d.,]*\s?"
    r"(?:k|mil|m)? (?:subscribers|abonn[ée]s|abonnenten|inscritos|suscriptores)\b|(?:in|on) (?:her|his|their) (?:instagram )?stor(?:y|ies)\b"
)
"""The press, a broadcaster or a star rating named the many ways people write them; a
petition; a customer with an audience of their own (a blogger, followers, subscribers)."""
_LEGAL_MORE = (
    r"port[ée] plainte|porter plainte|d[ée]pos[ée] plainte|denunci\w* (?:\w+ )?(?:en|ante|a) la "
    r"polic[ií]a|strafanzeige|anzeige erstattet"
)
"""A criminal complaint the customer filed ("il a porté plainte", "Strafanzeige"); a police
report someone else made about an incident is not the customer taking action."""
_REGULATOR_MORE = (
    r"e-control|(?-i:\b(?:FINMA|ElCom|ComCom|BAKOM|RTR|FMA)\b)|defensor(?:a)? (?:universitari[oa]|"
    r"del (?:estudiante|alumno|usuario|paciente))|provedor(?:ia)? do (?:estudante|cliente)|"
    r"m[ée]diateur (?:de l'universit[ée]|acad[ée]mique)|"
    r"(?-i:(?:[A-Z][a-z]+ (?:and )?){1,3}(?:Commission(?:er)?|Regulator|Ombudsman))\b|"
    r"(?-i:\b(?:ANPD|ANACOM|ERSE)\b)|\w*datenschutzbeauftragte\w*|datenschutzbeh[öo]rde"
)
"""A regulator by its full name ("the Care Quality Commission") or a data-protection
authority; a company's own data-protection officer is read as privacy, not here."""
_PRIVACY_MORE_2 = (
    r"(?:got hold of|get hold of|tracked down|obtained) (?:\w+ ){0,2}(?:home |new |real |private )?"
    r"(?:address|phone number|number|details|direcci[oó]n|domicilio|endere[çc]o|adresse|"
    r"anschrift)|(?:address|details|data|informaci[oó]n|dados|daten|adresse) (?:\w+ ){0,2}"
    r"got out|(?:andere|anderen|fremde) (?:\w+ )?(?:patienten|kunden|nutzer\w*|personen|eltern|"
    r"mitglieder|sch[üu]ler\w*) (?:\w+ ){0,8}(?:sehen|einsehen|abrufen)"
)
"""Someone got hold of a customer's address; other people could see their records (German
puts the verb last: "konnten andere Patienten ... sehen")."""
_HARM_MORE = (
    r"(?:sin|sem) poder (?:trabajar|"
    r"trabalhar|operar|abrir|vender|facturar|faturar)|unable to (?:work|trade|operate)|"
    r"ne (?:peut|peuvent|pouvait|pouvaient) (?:plus |pas )travailler|(?:kann|k[öo]nnen|konnte|"
    r"konnten) (?:\w+ ){0,3}nicht (?:mehr )?arbeiten|"
    r"(?:kann|k[öo]nnen|konnte|konnten) (?:\w+ ){0,3}(?:miete|rechnungen|raten|kredit\w*|"
    r"l[öo]hne|geh[äa]lter) (?:\w+ ){0,2}nicht (?:mehr |p[üu]nktlich |rechtzeitig )?(?:be)?zahlen|"
    r"mahnung (?:vom|von der|des) (?:vermieter|bank)|"
    # interest or a late-payment penalty paid to others, a supply cut off, because of us
    r"(?:been|now|still|started|are|am|is|were|was) paying interest (?:on (?:it|this|that)|"
    r"because|since|ever since)\b|(?<!we )(?:charged|fined|hit) "
    r"(?:us|me|him|her|them) (?:with )?(?:a |an )?(?:late(?:-payment)? )?(?:penalty|fine|late fee)|"
    r"penalt\w+ (?:\w+ ){0,3}(?:paid|pay|paying) (?:\w+ )?late\b|(?:cut off|disconnected|shut "
    r"off|suspended) for (?:non-?|late )payment|"
    r"eviction|desahucio|despejo|r[äa]umungsklage|avis d'expulsion|"
    # the flat or the deal went to someone else because our payment did not arrive
    r"(?:wohnung|haus|flat|apartment|house|piso|apartamento|casa|appartement|logement|deal|"
    r"contrato|vertrag) (?:\w+ ){0,4}(?:an jemand anderen|to someone else|a otra persona|para "
    r"outra pessoa|[àa] quelqu'un d'autre) (?:\w+ )?(?:vergeben|vermietet|verkauft|given|let|"
    r"rented|sold|alquilad\w*|alugad\w*|lou[ée]|vendu)|lost (?:the|her|his|their|my) (?:flat|"
    r"apartment|house|tenancy|deal)\b|"
    r"(?:fraudulent|fraudulos\w*|frauduleu\w*|betr[üu]gerisch\w*) (?:\w+ )?(?:charges?|transfers?|"
    r"transactions?|payments?|withdrawals?|cargos?|transferencias?|transfer[êe]ncias?|pagos?|"
    r"pagamentos?|d[ée]bitos?|abbuchungen|[üu]berweisungen|pr[ée]l[èe]vements?|virements?|"
    r"retraits?)|(?:charges?|transfers?|transactions?|payments?|cargos?|transferencias|pagos|"
    r"pr[ée]l[èe]vements?|virements?|abbuchungen|[üu]berweisungen|d[ée]bitos) "
    r"(?:\w+ )?(?:fraudulent\w*|fraudulos\w*|frauduleu\w*|betr[üu]gerisch\w*)|(?:golpe|estafa|"
    r"scam|arnaque|escroquerie|betrugsmasche)\w*[^.\n]{0,60}?(?:transfer\w*|pix|paid|sent|fez|"
    r"hizo|vir[ée]\w*|[üu]berwies\w*|pag[oóu]\w*)|(?:living|stuck) in (?:a |an )?(?:motel|hotel|"
    r"b&b|temporary accommodation)|"
    # staff left unpaid, penalties incurred, a rent or fee that bounced, savings spent, a card
    # maxed out, late interest paid, a deal lost
    r"\b\d+ (?:staff|employees|workers|people|drivers|crew members?) (?:were |was )?(?:not|never) "
    r"paid|unpaid (?:staff|wages|salaries|workers)|(?:incurred|has incurred|have incurred|"
    r"faced?|paying) (?:\w+ ){0,2}(?:penalties|fines)|penalties and (?:\w+ )?costs|"
    r"rebot(?:[óo]|aron|ado|ando)|out of (?:our|my|her|his|their) savings|maxed out|"
    r"(?:tarjeta|cart[ãa]o) (?:\w+ )?(?:al l[ií]mite|estourado)|verzugszinsen|late interest|"
    r"juros (?:de mora|de atraso)|int[ée]r[êe]ts de retard|(?:lost|perdu|perdi[óo]|perdeu|"
    r"verloren) (?:\w+ ){0,3}(?:contract|contrat|contrato|auftrag|deal)\b|(?:contract|contrat|"
    r"contrato|auftrag|deal) (?:[^\s.]+ ){0,5}(?:lost|perdu|perdido|verloren)\b|"
    r"(?:emergency|emergencial|de emergencia|d'urgence|not)\w* (?:loan|empr[ée]stimo|pr[ée]stamo|"
    r"kredit|pr[êe]t)"
)
"""Knock-on harm told as its result (lost sales are the customer's loss, not this): a business
unable to work,
rent that cannot be paid, money taken by a fraud or scam, a family living in a motel."""
_KNOCK_ON = (
    # a payment to someone else that bounced or came back: rent, mortgage, a bill, a loan's
    # instalment (a card declined at our till is the failure itself, not this)
    r"(?:rent|mortgage|loan|bill|direct debit|standing order|instal+ment|cheque|check|premium)s? "
    r"(?:payments? )?(?:\w+ ){0,2}(?:bounce[sd]?|bouncing|returned|rejected|came back)\b|"
    r"(?:(?:se )?(?:me|le|nos|les) )?devolvi(?:[óo]|eron) (?:el|la|los|las) (?:recibos?|alquiler|"
    r"cuotas?|hipoteca|domiciliaci[oó]n\w*)|(?:recibos?|alquiler|cuotas?|hipoteca) (?:\w+ ){0,2}"
    r"(?:rechazad\w*|impagad\w*)|(?:aluguel|boletos?|parcelas?|presta[çc][ãa]o|financiamento|"
    r"d[ée]bito autom[áa]tico) (?:\w+ ){0,2}(?:voltou|voltaram|devolvid\w*|recusad\w*|n[ãa]o "
    r"(?:foi|foram) pag\w*)|(?:miete|rate|lastschrift|abbuchung|zahlung)\w* (?:\w+ ){0,3}"
    r"(?:zur[üu]ckgebucht|zur[üu]ckgewiesen|nicht eingel[öo]st|geplatzt)|(?:loyer|[ée]ch[ée]ance|"
    r"pr[ée]l[èe]vement|ch[èe]que|mensualit[ée])s? (?:\w+ ){0,3}(?:rejet[ée]|impay[ée]|refus[ée]|"
    r"revenu)e?s?|"
    # money borrowed to get through: a loan taken, family asked
    r"(?:had|have|has|having|needed|need) to borrow|borrow(?:ed|ing)? (?:\w+ ){0,3}from (?:my|"
    r"her|his|their|our|a|the) (?:family|parents|brother|sister|friends?|mum|mom|dad|mother|"
    r"father|in-laws|bank)|(?:took|take|taking|taken) out (?:a |an )?(?:\w+ )?(?:loan|advance|"
    r"credit line)|payday loan|bridging loan|(?:tuve|tuvo|tuvimos|tuvieron|he tenido) que (?:pedir|"
    r"sacar|solicitar) (?:\w+ ){0,2}(?:pr[ée]stamo|cr[ée]dito|prestado)|(?:pedir|ped[ií]|pedimos) "
    r"dinero prestado|(?:pegar|peguei|pegamos|pegou|tomar|tomei|tomamos) (?:um |uns )?"
    r"(?:empr[ée]stimo|dinheiro emprestado)|pedi(?:r|mos)? (?:dinheiro )?emprestado|"
    r"(?:geld|kredit) (?:\w+ ){0,3}(?:leihen|geliehen|aufgenommen)|[üu]berbr[üu]ckungskredit|"
    r"(?:j'ai|on a|nous avons|il a|elle a) d[ûu] (?:\w+ )?(?:emprunter|contracter un (?:pr[êe]t|"
    r"cr[ée]dit))|"
    # savings spent
    r"(?:dip(?:ped|ping)?|dig(?:ging)?|dug|raid(?:ed|ing)?|drain(?:ed|ing)?|us(?:e|ed|ing)|"
    r"spen[dt]|spending|ate|eat(?:ing)?|burn(?:ed|t|ing)?) (?:\w+ ){0,2}(?:into |through )?(?:our|my|"
    r"her|his|their) (?:\w+ )?savings\b(?! account)|savings (?:\w+ ){0,2}(?:gone|wiped out|"
    r"drained)|(?:tirar|tiramos|tir[ée]|tir[óo]|us(?:ar|é|ó|amos)|gast(?:ar|é|ó|amos)|echar|"
    r"echamos) (?:mano )?(?:de )?(?:los |mis |nuestros |sus )?ahorros|(?:con|de) (?:mis|nuestros|"
    r"sus) ahorros|(?:us\w+|gast\w+|tir\w+|mex\w+ n\w+|torr\w+) (?:as |nas |minhas |nossas |suas |"
    r"das )*(?:economias|poupan[çc]as?)|(?:erspart\w*|ersparnisse|r[üu]cklagen) (?:\w+ ){0,2}"
    r"(?:aufgebraucht|aufbrauchen|angegriffen|angreifen|gepl[üu]ndert|pl[üu]ndern)|(?:auf|an) "
    r"(?:\w+ )?(?:erspartes|ersparnisse|r[üu]cklagen) (?:\w+ )?(?:zur[üu]ckgreifen|zur[üu]ckgegriffen|"
    r"gehen|gegangen)|(?:puis\w*|pioch\w*|tap\w*|utilis\w*|vid\w*|entam\w*) (?:\w+ ){0,2}(?:dans )?"
    r"(?:mes|nos|ses|leurs) (?:\w+ )?[ée]conomies|"
    # fees or interest a third party charged for paying late
    r"(?:hit|slapped|stung) with (?:\w+ ){0,2}(?:late|penalty|overdraft)|late (?:payment )?"
    r"(?:fees?|charges?|penalt\w+|interest) (?:from|with|by) (?:the |our |my |her |his |their )"
    r"?(?:\w+ )?(?:bank|landlord|lender|supplier|utility|company|council|agency|card)|"
    r"(?:charged|billed) (?:us|me|her|him|them) (?:a |an )?(?:\w+ )?late (?:payment )?(?:fees?|"
    r"charges?|interest)|recargos? (?:por|de) (?:mora|demora|retraso)|intereses (?:de|por) "
    r"(?:mora|demora|retraso)|penalizaci[oó]n (?:por|de) (?:retraso|demora)|multa (?:por|de) "
    r"atraso|(?:cobrou|cobraram|cobr[óo]|cobraron|pagu[eé]|pagamos) (?:\w+ ){0,2}(?:multa|juros|"
    r"recargos?)|s[äa]umniszuschl[äa]g\w*|"
    r"frais (?:bancaires|de rejet|d'impay[ée]s?|de retard)|majorations? de retard|"
    # people left unpaid
    r"(?:staff|employees|workers|drivers|nurses|crew|team|people|hygienists|cleaners) (?:\w+ )"
    r"{0,3}(?:didn'?t|did not|haven'?t|have not|hasn'?t|weren'?t|were not|won'?t|will not) "
    r"(?:get |been |be )?paid|payroll (?:\w+ ){0,4}(?:didn'?t|did not|failed to|never|won'?t|"
    r"couldn'?t) (?:go|went|run|be) (?:out|through|paid)?|waiting for (?:their |our )?(?:wages|"
    r"salaries|pay ?checks?|pay)\b|(?:couldn'?t|could not|can'?t|cannot|unable to) (?:make|run|"
    r"meet) payroll|(?:empleados|trabajadores|plantilla|personal|conductores) (?:\w+ ){0,3}no "
    r"(?:han )?(?:cobrad[oa]|cobraron|recibieron|han recibido) (?:la |su |sus )?(?:n[óo]minas?|"
    r"sueldos?|salarios?)?|(?:funcion[áa]rios|equipe|colaboradores|motoristas) (?:\w+ ){0,3}"
    r"(?:sem sal[áa]rio|sem receber|n[ãa]o receberam)|(?:mitarbeiter\w*|angestellte\w*|"
    r"belegschaft|fahrer) (?:\w+ ){0,4}(?:kein (?:gehalt|lohn|geld)|(?:ihr|ihren|den) (?:gehalt|"
    r"lohn) nicht) (?:\w+ )?(?:bekommen|erhalten)|(?:salari[ée]s|employ[ée]s) (?:\w+ ){0,3}"
    r"(?:pas (?:[ée]t[ée] )?pay[ée]s|sans salaire)|"
    # a home lost or put at risk: notice from a landlord or care home
    r"(?:landlord|care home|nursing home|letting agent|agency|lender|residence) (?:\w+ ){0,4}"
    r"(?:given|gave|served|issued|sent) (?:her|him|them|us|me) (?:a |an )?(?:\w+ )?notice\b|"
    r"aviso de (?:desalojo|despejo)|avis d'expulsion|"
    # a deal, order or closing lost
    r"perd(?:imos|emos|i|í|eram|ieron|u) (?:\w+ ){0,2}(?:contrato|contrat|pedido|licitaci[oó]n|"
    r"licita[çc][ãa]o|cliente)\b|(?:missed|lost) (?:the |our |his |her |their )?(?:completion|"
    r"closing|settlement|exchange) (?:date|day)|perd(?:eu|i|emos|i[óo]|imos) (?:a |la )?(?:data "
    r"(?:da|de) |fecha de (?:la )?)?(?:escritura|firma)|notartermin (?:\w+ ){0,2}(?:verpasst|"
    r"geplatzt)|(?:client|customer|buyer)s? (?:\w+ ){0,3}(?:cancel+ed|pulled|withdrew) (?:a |an |"
    r"the |their |its )?(?:[$€£]?[\d.,]+k? )?(?:\w+ )?(?:order|contract|deal)s? with (?:us|them|"
    r"her|him)|"
    # behind on payments, payments that could not be made, an overdraft named as people say it
    r"(?:behind|late) (?:on|with) (?:my|her|his|their|our|the) (?:rent|mortgage|bills|payments|"
    r"loan|car payments?|instal+ments)|(?:direct debits?|standing orders?|rent|mortgage|bill) "
    r"(?:payments? )?(?:\w+ ){0,4}failed\b|(?:no pude|no pudimos|no pudo|n[ãa]o consegui|n[ãa]o "
    r"conseguimos|n[ãa]o pude|je n'ai pas pu|nous n'avons pas pu|(?:il|elle) n'a pas pu) (?:\w+ )?"
    r"(?:pagar|payer) (?:\w+ )?(?:el |la |los |las |o |a |os |as |mon |ma |mes |le |les |nos |nuestr[oa]s "
    r")?(?:alquiler|aluguel|loyer|hipoteca|n[óo]minas|sal[áa]rios|salaires|facturas|contas|"
    r"factures|proveedores|fornecedores|fournisseurs|recibos|cuotas|presta[çc][õo]es|"
    r"mensualit[ée]s|empleados|funcion[áa]rios|employ[ée]s)|(?:konnte|konnten|kann|k[öo]nnen) (?:\w+ ){0,3}(?:l[öo]hne|geh[äa]lter|"
    r"lieferanten|rechnungen|miete|raten) (?:\w+ ){0,2}nicht (?:mehr )?(?:be)?zahlen|"
    r"n[úu]meros rojos|no vermelho|(?:pagar|pagu[eé]|pagamos|nos cobraron|cobr[óo]) (?:\w+ ){0,2}"
    r"intereses|zinsen (?:\w+ )?(?:gezahlt|bezahlt|berechnet)|"
    # assets sold or pawned to get through
    r"(?:had|have|having) to sell (?:my|our|her|his|their) (?:car|jewel\w*|house|shares|stock|"
    r"equipment|furniture)|empe[ñn]\w+|penhor\w*|verpf[äa]nd\w*|"
    # penalties owed to the customer's own clients, a client lost over it
    r"(?:pay|paid|paying|owe|owed|owing) (?:\w+ ){0,3}(?:penalt\w+|liquidated damages|service "
    r"credits|compensation) to (?:our|their|his|her|my) (?:clients?|customers?|buyers?)|lost "
    r"(?:a|our|one of our|two|three|several) (?:\w+ )?(?:clients?|customers?|accounts?) "
    r"(?:because|due|over|after)\b|(?:einen|zwei|mehrere) (?:\w+ )?(?:kunden|auftraggeber) "
    r"verloren|perdu (?:un|des|deux|notre) (?:\w+ )?clients?|perdu le march[ée]"
)
"""Knock-on money harm written as what happened to the customer's own payments and people:
a rent or bill that bounced, money borrowed, savings spent, a third party's late fee, staff
not paid, a notice to leave, a deal or closing lost."""
_LEAVING = (
    # the way out of the contract asked about
    r"(?:exit|termination|early[- ]termination|break|walk-?away) (?:clause|fee|terms|rights?)s?|"
    r"cl[áa]usulas? de (?:salida|rescisi[oó]n|resoluci[oó]n|sa[íi]da|rescis[ãa]o)|"
    r"clauses? de (?:sortie|r[ée]siliation)|(?:get|getting|want\w*|wanting) (?:us |them |me |"
    r"him |her )?out of (?:the|this|our|their|my|his|her) (?:contract|agreement|deal)|"
    # weighing or pricing other providers
    r"(?:evaluando|valorando|comparando|estudiando|considerando|analizando|mirando) (?:\w+ ){0,2}"
    r"(?:otr[oa]s? (?:opciones|plataformas?|proveedor\w*|empresas?|bancos?|aseguradoras?|"
    r"compa[ñn][ií]as?|soluciones|ofertas)|alternativas|la competencia)|(?:avaliando|comparando|"
    r"cotando|estudando|analisando|olhando|considerando|pesquisando) (?:\w+ ){0,2}(?:outr[oa]s? "
    r"(?:op[çc][õo]es|plataformas?|fornecedor\w*|empresas?|bancos?|seguradoras?|operadoras?|"
    r"solu[çc][õo]es|ofertas)|alternativas|concorrentes)|(?:pr[üu]f\w*|vergleich\w*|test\w*|"
    r"such\w*|schau\w*|seh\w*) (?:\w+ ){0,3}(?:andere|alternative) (?:anbieter|lieferanten|"
    r"dienstleister|partner|banken|versicherer|l[öo]sungen|angebote)|nach (?:einem|einer) "
    r"(?:anderen|neuen) (?:anbieter|lieferanten|dienstleister|bank|versicherung|partner)|"
    r"(?:[ée]tudi\w*|regard\w*|compar\w*|consult\w*|cherch\w*|test\w*|envisag\w*) (?:\w+ ){0,2}"
    r"(?:d'autres (?:prestataires|fournisseurs|op[ée]rateurs|banques|assureurs|solutions|"
    r"offres|plateformes)|(?:chez )?(?:un|des) concurrents?)|"
    # not renewing, in the languages that put the negation first or last
    r"no (?:\w+ ){0,2}renova(?:r|remos|r[áa]n?|r[ée]|mos)\b|n[ãa]o (?:\w+ ){0,2}renova(?:r|remos|"
    r"r[áa]|rei|mos)\b|nicht (?:mehr )?(?:verl[äa]ngern|erneuern)|(?:verl[äa]ngern|erneuern) "
    r"(?:wir|sie|ich|er) (?:\w+ )?nicht\b|keine verl[äa]ngerung|ne (?:\w+ ){0,2}(?:pas|plus) "
    r"(?:\w+ )?renouvel\w*|ne renouvel\w* (?:pas|plus)|pas de renouvellement|"
    # the business, or all of it, taken elsewhere
    r"(?:tak|took|mov|shift|transferr?|pull)\w* (?:(?:all|the rest) of )?(?:our|their|my|his|"
    r"her) (?:\w+ ){0,2}elsewhere|(?:go|going|went|switch\w*) with (?:someone|somebody) else|"
    r"(?:switch\w*|tak\w* (?:\w+ ){0,2}?)to (?:someone|somebody) else|(?:llev\w*|mov\w*|pas\w*) (?:\w+ ){0,3}a (?:otro (?:sitio|lado|"
    r"proveedor|banco)|otra (?:parte|empresa|compa[ñn][ií]a|aseguradora))|(?:lev\w*|mud\w*|"
    r"tir\w*|pass\w*) (?:\w+ ){0,3}(?:para|pra) (?:outro (?:lugar|banco|fornecedor)|outra "
    r"(?:empresa|operadora|seguradora))|(?:zieh\w*|verlager\w*) (?:\w+ ){0,3}(?:gesch[äa]ft|"
    r"auftr[äa]ge|volumen|budget|konten|vertr[äa]ge|flotte) (?:\w+ )?ab\b|(?:transf[ée]r\w*|"
    r"d[ée]plac\w*|port\w*|emmen\w*|partir|partons|partirons|irons) (?:\w+ ){0,3}ailleurs|"
    # cancelling with a possessive, thinking of a switch
    r"cancelar (?:(?:a|o|as|os) )?(?:minha|meu|nossa|nosso|sua|seu|minhas|meus) (?:conta|"
    r"assinatura|plano|contrato|seguro|servi[çc]o)|trocar de (?:fornecedor|prestador|"
    r"plataforma|sistema|banco)|(?:denk\w*|[üu]berleg\w*|erw[äa]g\w*|plan\w*) (?:\w+ ){0,3}"
    r"(?:einen |den )?(?:anbieter|bank|versicherungs|lieferanten)?wechsel\b|"
    # asking to cancel the service (a booking or an order cancelled is no leaving)
    r"(?:wants?|wanted|asking|asked|asks|requested|requesting|demand\w*) (?:\w+ )?to (?:cancel|"
    r"terminate|close|end)\b(?! (?:\w+ )?(?:order|booking|flight|reservation|trip|event|"
    r"appointment|payment|transfer|card)s?\b)|cancell?ation request|request(?:ed)? (?:a |the )?"
    r"cancell?ation\b|quiere (?:dar(?:se)? de baja|rescindir|irse)|quer (?:rescindir|sair)|"
    r"veut (?:r[ée]silier|partir)|"
    # no more business with us
    r"(?:will|'ll|going to|gonna|wants? to|plans? to|decided to) (?:\w+ )?(?:stop|quit) (?:using|"
    r"ordering from|buying from|working with|booking with|banking with) (?:you|your|us)\b|"
    r"(?:vamos a|voy a|van a|va a) dejar de (?:usar|comprar|trabajar con|contratar)|dejar(?:emos|"
    r"[ée]|[áa]n?) de (?:usar|comprar|trabajar con|contratar)|(?:vamos|vou|v[ãa]o|vai) deixar de "
    r"(?:usar|comprar|trabalhar com|contratar)|deixar(?:emos|ei|[áa]) de (?:usar|comprar|trabalhar "
    r"com|contratar)|werden (?:\w+ ){0,3}nicht mehr (?:bei (?:euch|ihnen) )?(?:bestellen|buchen|"
    r"nutzen|kaufen)|(?:n'allons|ne (?:vais|va|vont|allons)) plus (?:utiliser|commander|acheter|"
    r"travailler avec|r[ée]server)|(?:signed|signing|gone|going) (?:up )?with (?:a |another )?"
    r"(?:competitor|rival)"
)
"""Leaving told the many ways people write it: the exit clause asked about, other providers
weighed, a renewal refused (Spanish, Portuguese and French put the negation first, German
often last), the business taken elsewhere."""
_CHURN_MORE_2 = (
    # a competitor already on trial, or the customer going over to one
    r"(?:started|starting|begun|began|running|doing|set up|setting up|signed up for|kicked off) "
    r"(?:a |an |our |their )?(?:free |paid |\d+-day )?(?:trial|pilot|poc|proof of concept) with "
    r"(?!(?:you|us|your|our)\b)\w+|(?:probando|testeando) (?:ya )?(?:otr[oa]s?|un[oa]? nuev[oa]) "
    r"(?:herramienta|plataforma|proveedor|empresa|software|sistema|soluci[oó]n|banco|aseguradora|"
    r"operador)|(?:testando|experimentando) (?:j[áa] )?(?:outr[oa]s?|um[a]? nov[oa]) "
    r"(?:ferramenta|plataforma|fornecedor|empresa|sistema|solu[çc][ãa]o|banco|operadora|"
    r"seguradora)|(?:pars|partons|partira|partirons|partir|passe|passons|passer|vais|allons) "
    r"(?:\w+ )?chez (?:un|le|des|l'un des) concurrents?|"
    r"cambi\w* (?:de|a) (?:banco|compa[ñn][ií]a|proveedor|operador\w*|aseguradora|seguro|"
    r"empresa|plataforma)|(?:move|moving|take|taking) the (?:\w+ )?(?:account|accounts|business|"
    r"contract|policy|policies) (?:elsewhere|away|to)|(?:to|with) (?:a |an )?(?:challenger|"
    r"rival|competing|cheaper|different|new) (?:bank|provider|carrier|insurer|supplier|vendor)"
)
"""A competitor on trial already ("started a trial with Zendesk", "probando otra
herramienta", "je pars chez un concurrent"), switching insurer or bank in any person ("se
cambian de aseguradora"), moving the account to a challenger bank."""
_MORE_FALSE_FRIENDS = (
    # a double charge is one failure, whatever the count ("prélevé deux fois ce mois-ci")
    r"(?:charged|billed|debited|taken|took|collected|prélev[ée]\w*|factur[ée]\w*|d[ée]bit[ée]\w*|"
    r"cobrad\w*|cobraram|cobr[óo]|cobramos|cargad\w*|cargaron|abgebucht|belastet|eingezogen|"
    r"cobrou) (?:[^\s.]+ ){0,6}?(?:twice|two times|three times|four times|\d+ ?(?:x|times|veces|"
    r"vezes|fois|mal)\b|deux fois|trois fois|dos veces|tres veces|cuatro veces|duas vezes|"
    r"tr[êe]s vezes|quatro vezes|zweimal|dreimal|doppelt)|"
    # a condition is not a pattern ("if it happens again")
    r"\b(?:if|should) (?:\w+ ){0,3}again\b|\bsi (?:\w+ ){0,3}(?:otra vez|de nuevo|se repite|"
    r"vuelve a (?:pasar|ocurrir)|recommence|se reproduit|encore)|\bse (?:isso|isto) (?:\w+ ){0,2}"
    r"(?:de novo|outra vez|voltar a acontecer|se repetir)|\bwenn (?:\w+ ){0,3}(?:wieder|nochmal|"
    r"noch einmal)|"
    # chasing us is not a repeat failure ("não é a primeira vez que falo com vocês")
    r"(?:not the first time|n[ãa]o [ée] a primeira vez|no es la primera vez|nicht das erste mal|"
    r"pas la premi[èe]re fois) (?:que |dass |qu'|that )?(?:\w+ ){0,2}?(?:call\w*|contact\w*|"
    r"writ\w*|wrote|chas\w*|ring\w*|rang|falo|ligo|liguei|escrevo|entro|llamo|escribo|hablo|"
    r"contacto|appel\w*|[ée]cri\w*|anruf\w*|schreib\w*|meld\w*|reclam\w*)|"
    # money paid to a lawyer, a court that is not a threat
    r"(?:wire|transfer|payment|paid|pay|sent|send|funds|money|[üu]berweisung|transferencia|"
    r"transfer[êe]ncia|virement)\w* (?:[^\s.]+ ){0,5}(?:to|for|a|al|ao|para|an|[àa]) (?:her|his|"
    r"their|my|the|su|seu|sua|mi|ihren?|seinen?|son|sa|leur) (?:lawyer|attorney|solicitor|notary|"
    r"conveyancer|abogad[oa]|notario|advogad[oa]|not[áa]rio|anwalt|notar|avocat|notaire)|"
    r"court (?:filings?|hearings?|dates?|appearances?|deadlines?)|(?:food|tennis|basketball) court|"
    # a claim for a fire or flood is the insured event, not a hazard now
    r"(?:siniestro|sinistro|sinistre|claim|schaden(?:fall|meldung)?)\w* (?:\w+ ){0,2}(?:del |do |"
    r"da |de l'|de la |for (?:the |a )?|f[üu]r (?:den )?)?(?:incendio|inc[êe]ndio|fire|incendie|"
    r"brand|flood|inundaci[oó]n|enchente|inonda[çc][ãa]o|inondation|hochwasser)|"
    # a rule or code cited is not a complaint to its author ("la resolución 400 de la ANAC")
    r"(?:resolu[çc][ãa]o|resoluci[oó]n|norma|regra|regulamento|reglamento|regulations?|rules?|"
    r"guidance|richtlinie|verordnung|r[èe]glement|c[óo]digo|code|ley|lei|gesetz|loi)\b[^.\n]{0,20}?"
    r"\b(?:d[ao]|de la|del|de|of the|der|des|du) (?-i:[A-Z]{3,6})\b|c[óo]digo (?:de |del |da )?"
    r"(?:defesa do |defensa del )?consum\w*|code de la consommation|"
    r"privacy (?:notice|policy|statement)|datenschutzerkl[äa]rung|pol[ií]tica de privacidade?|"
    r"politique de confidentialit[ée]|smoke[- ]tests?|follow(?:s|ed|ing)? (?:us|you) on (?:instagram|twitter|x|facebook|tiktok|"
    r"linkedin|youtube)|"
    r"(?:called|rang|phoned|e-?mailed|wrote|written|chased|contacted) (?:us |them |you |me )?"
    r"(?:\w+ )?twice|"
    # where the customer works, what the customer is, someone else's same problem, time on hold
    r"(?:nurse|doctor|work\w*|shifts?|job|employed|trabaj\w*|trabalh\w*|arbeit\w*|travaill\w*) "
    r"(?:[\w']+ ){0,5}(?:hospital|h[ôo]pital|krankenhaus|klinik|clinic)|(?:we are|we'?re|i am|i'?m|as) "
    r"(?:a |an )?(?:small |local |boutique |family )?(?:law firm|solicitors?|lawyers?|attorneys?)"
    r"(?: myself)?|(?:soy|somos) (?:un |una )?(?:abogad[oa]s?|despacho de abogados)|(?:sou|somos) "
    r"(?:um |uma )?(?:advogad[oa]s?|escrit[óo]rio de advocacia)|(?:ich bin|wir sind) (?:eine? )?"
    r"(?:anw[äa]lt\w*|kanzlei)|(?:je suis|nous sommes) (?:un |une )?(?:avocat\w*|cabinet "
    r"d'avocats)|(?:my|his|her|a|our) (?:friend|neighbou?r|colleague|sister|brother|mum|mom|dad|"
    r"husband|wife|partner) (?:\w+ ){0,2}(?:had|has|got) the same (?:problem|issue|thing)|"
    r"(?:mi|su|meu|minha|mein\w*|sein\w*|ihr\w*|mon|ma|son|sa) (?:amig[oa]|vecin[oa]|vizinh[oa]|"
    r"freund\w*|nachbar\w*|ami\w*|voisin\w*) (?:\w+ ){0,2}(?:tuvo|teve|hatte|a eu) (?:el mismo|o "
    r"mesmo|das gleiche|le m[êe]me) (?:problema|problem|probl[èe]me)|on hold (?:\w+ ){0,4}(?:\d+|"
    r"two|three|four|five|several|multiple|many) times|"
    # the product being tested, not the customer's exam; a medical test is not an exam
    r"(?:exam|exams|ex[áa]menes|exames|examens?) (?:platform|plataforma|plateforme|software|"
    r"system|sistema|syst[èe]me|portal|module|app)|(?:exames?|ex[áa]men(?:es)?) (?:errad\w*|"
    r"equivocad\w*|de (?:sangue|sangre|urina|orina|laborat[óo]rio|imagem|sa[úu]de)|m[ée]dic\w*|"
    r"laboratoria\w*|cl[íi]nic\w*)|"
    # a date or plan that slipped is late, not a fall
    r"(?:closing|date|deadline|schedule|project|launch|timeline|release|plan|go-live)s? "
    r"(?:has |have |had )?slipped|"
    # a relative or friend who is a lawyer, and a power of attorney, threaten nothing
    r"(?:my|her|his|their|our|mi|su|meu|minha|seu|sua|mein\w*|sein\w*|ihr\w*|mon|ma|son|sa) "
    r"(?:\w+ )?(?:grandson|granddaughter|son|daughter|mum|mom|mother|father|dad|cousin|brother|"
    r"sister|uncle|aunt|nephew|niece|husband|wife|partner|friend|neighbou?r|primo|prima|hij[oa]|"
    r"herman[oa]|t[ií][oa]|sobrin[oa]|niet[oa]|amig[oa]|filh[oa]|irm[ãa]o?|m[ãa]e|pai|net[oa]|"
    r"enkel\w*|sohn|tochter|bruder|schwester|onkel|tante|vetter|cousine?|freund\w*|fils|fille|"
    r"fr[èe]re|s[œo]eur|oncle|neveu|ni[èe]ce|petit-fils|petite-fille|ami\w*) (?:is|es|é|ist|est|"
    r"works as|trabaja como|trabalha como|arbeitet als|travaille comme) (?:a |an |un |una |um |"
    r"uma |ein |eine |une )?(?:solicitor|lawyer|attorney|paralegal|barrister|abogad[oa]|"
    r"advogad[oa]|anw[äa]lt\w*|rechtsanw[äa]lt\w*|jurist\w*|avocat\w*|juriste)|"
    r"(?:daughter|son|wife|husband|brother|sister|father|mother|friend|cousin|partner) "
    r"(?:works|worked|is working) (?:at|for|in) (?:a |an )?(?:\w+ )?(?:law firm|solicitors'? "
    r"office|legal department|chambers)|"
    # a relative who only suggests a lawyer ("Ihr Mann meint, sie sollten zum Anwalt gehen")
    r"(?:husband|wife|son|daughter|brother|sister|partner|mann|frau|sohn|tochter|bruder|"
    r"schwester|marido|esposa|hij[oa]|herman[oa]|filh[oa]|irm[ãa]o?|mari|femme|fils|fille|"
    r"fr[èe]re|s[œo]eur) (?:\w+ ){0,2}(?:says|said|thinks|suggests|suggested|meint|sagt|findet|"
    r"dice|cree|sugiere|diz|acha|pense|dit|sugg[eè]re)[^.\n]{0,40}?(?:lawyer|solicitor|attorney|"
    r"anwalt|abogad\w*|advogad\w*|avocat)|"
    r"(?-i:(?:[A-Z][\w-]{1,24}|l'[A-Z]{2,6})) (?:hat|has|had|a|ha|have|l'a) (?:\w+ ){0,3}"
    r"(?:genehmigt|approved|approuv[ée]e?|aprobad[oa]|aprovad[oa]|autoris[ée]e?|v[ée]rifi[ée]e?|"
    r"verified|inspected|zugelassen|signed off|contr[ôo]l[ée]e?)\b|"
    r"(?:lasting |enduring |durable )?power of attorney|poder notarial|procura[çc][ãa]o|"
    r"(?:vorsorge|general)vollmacht|procuration|"
    # a regulator that approved or requires something is not a complaint to it
    r"(?:approved|rubber[- ]stamped|authori[sz]ed|allowed|signed off|set) by (?:the |your |our )?"
    r"regulator|(?:the |your |our )?regulator (?:\w+ )?(?:approved|rubber[- ]stamped|allowed|"
    r"authori[sz]ed|signed off|requires|required)|(?-i:[A-Z]{2,6})[- ](?:approved|certified|"
    r"cleared|registered|compliant|zugelassen|zertifiziert|aprobad[oa]|aprovad[oa]|"
    r"certifi[ée]e?|homologu[ée]e?)\b|"
    # a team's name; a fluid that leaks is no data leak (only the leak word is blanked, so the
    # brakes it leaks from still tell a hazard; a gas leak stays a hazard)
    r"trust (?:&|and) safety|health (?:&|and) safety (?:team|officer|department|lead|manager)|"
    r"(?:vazamento|vazou|fuga|fugas|leak\w*|fuite|leck\w*)(?= (?:\w+ ){0,2}(?:de |do |da |of |"
    r"d'|von |an )?(?:\w+ )?(?:fluido|fluid|[óo]leo|oil|water|[áa]gua|agua|eau|wasser|freio|brake|"
    r"fuel|combust\w+|refrigerante|coolant|frein|bremsfl[üu]ssigkeit|huile)\b)|"
    # one wrong charge that runs each month is one failure, not a pattern
    r"(?:charg\w*|billed|billing|debit\w*|cobr\w*|abgebucht|abbuch\w*|pr[ée]lev\w*|factur\w*) "
    r"(?:[^\s.]+ ){0,6}?(?:every month|each month|monthly|todo m[êe]s|todos os meses|todos los "
    r"meses|cada mes|jeden monat|monatlich|chaque mois|tous les mois)|"
    # a late fee we charged is a fee in error, not knock-on harm from someone else
    r"(?:we|our (?:system|billing|team)) (?:\w+ ){0,2}(?:charged|applied|added|billed|took) "
    r"(?:\w+ ){0,3}late (?:payment )?(?:fees?|charges?|interest)|(?:le |les )?cobramos (?:\w+ )"
    r"{0,3}(?:recargos?|multas?|juros|intereses)|(?:wir haben|haben wir) (?:\w+ ){0,3}"
    r"(?:mahngeb[üu]hr\w*|s[äa]umniszuschl[äa]g\w*)|nous avons (?:\w+ ){0,3}(?:frais|"
    r"p[ée]nalit[ée]s) de retard|"
    # a charge that should not have been made is an error, not a promise
    r"should(?:n'?t| not)? (?:never )?have been (?:charged|billed|debited|taken|applied|collected)|"
    # being told no is a refusal, not a promise
    r"(?:told (?:me|us|her|him|them)|(?:me|nos|le|les) dijeron|(?:me|nos|lhe|lhes) disseram|on "
    r"(?:m'|nous |lui )a dit) (?:that |que |qu')?(?:they |we |there |it )?(?:couldn'?t|can'?t|"
    r"could not|cannot|wasn'?t|weren'?t|no (?:pod[ií]an|pueden|hab[ií]a|hay)|n[ãa]o (?:podiam|"
    r"podem|havia|h[áa])|(?:ils |on |il )?ne (?:pouvaient|peuvent|pouvait)|il n'y avait)|"
    # an instruction is not a promise ("le dijo que levantara un folio y que esperara")
    r"(?:dijo|dijeron|disse|disseram) que (?:\w+ ){0,2}?\w{2,}(?:ara|iera|ase|iese)n?\b|"
    # a contract step still to come is a plan, not a promise missed
    r"(?:is|are) supposed to be (?:signed|renewed|agreed|finali[sz]ed|decided|approved|reviewed|"
    r"discussed)|"
    # a review by a bank's own team is not an exam
    r"(?:in|unter|zur|nach|bei) (?:ihrer|der|unserer|eurer|seiner|einer) (?:\w+ )?pr[üu]fung|"
    r"\w+-pr[üu]fung|"
    # "never again" about the failure is "make sure", not leaving
    r"(?:nunca mais|nie wieder|plus jamais|nunca m[áa]s|never again) (?:\w+ ){0,4}?(?:aconte\w+|"
    r"ocorr\w+|passieren|vorkommen|passiert|geschehen|arriver|se reproduire|pasar|ocurrir|"
    r"happen\w*|ver|see|sehen|voir)\b|(?:darf|soll|sollte) (?:so etwas |das |dies )?nie wieder|"
    # the customer's own client leaving, guests we moved, a cancellation already made
    r"(?:my|our|her|his|their) (?:clients?|customers?|buyers?|tenants?) (?:\w+ ){0,3}(?:moved|"
    r"went|switched|left|defected) (?:over )?to (?:a |an )?(?:competitor|rival|another)|"
    r"(?:sent|moved|relocated|walked|transferred|rebooked|put|placed) (?:\w+ ){0,3}(?:to|in|at|into|"
    r"on) (?:a |an )?(?:another|other|a different) (?:hotel|flight|carrier|airline|room|venue|"
    r"property)|(?:enviad|reubicad|mandad|realojad)[oa]s? (?:\w+ ){0,2}(?:a|en|para) (?:otro|"
    r"outro) hotel|(?:envoy|reloge?|transf[ée]r)[ée]e?s? (?:\w+ )?dans un autre h[ôo]tel|in ein "
    r"anderes hotel (?:\w+ )?(?:umgebucht|geschickt|verlegt|gebracht)|(?:nach|trotz) (?:der |"
    r"seiner |ihrer |meiner |unserer )?k[üu]ndigung|k[üu]ndig\w* (?:(?:ich|wir|sie|er) )?(?:\w+ )?"
    r"nicht\b|"
    # a review offered in thanks, a newspaper round, is nothing public
    r"(?:positive|good|great|glowing|5-star|five-star|nice) (?:\w+ )?reviews?|rese[ñn]a positiva|"
    r"avalia[çc][ãa]o positiva|positive bewertung|avis positif|newspaper (?:distribution|"
    r"delivery|round|shop|stand|kiosk|subscription)|"
    # a check-up is no exam sat; a sale or e-mail named for an anniversary is no event
    r"(?:eye|sight|hearing|dental|medical|physical|annual|routine|vet|mot) exam(?:ination)?s?|"
    r"(?:anniversary|birthday) (?:sale|e-?mail|offer|promo\w*|discount|edition|campaign|"
    r"vouchers?|rewards?|gift cards?)|"
    # an account they already hold elsewhere is not a move to it
    r"(?:out of|from|at|with|through|via|in) (?:their|his|her|my|our) other (?:bank|account|"
    r"provider|supplier|card)s?"
)
"""More phrases that look like a signal and are not; blanked with the others."""

_FALSE_FRIENDS = Alternation(
    _MORE_FALSE_FRIENDS + "|"
    # an address is not a word of the case ("sam@okonkwo-legal.com" threatens no one)
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|"
    r"(?:never|not|won'?t|doesn'?t|does not|will not|would not|wouldn'?t)\s+(?:\w+\s+){0,3}"
    r"(?:happen|occur|repeat)\w*\s+again|(?:vuelva|volver[aá]?) a (?:pasar|ocurrir)|"
    r"n[ãa]o (?:volte|voltar[aá]?|vai voltar) a (?:acontecer|ocorrer)|nicht wieder (?:vorkommt|passiert)|"
    r"(?:ne se )?reproduise plus|"
    r"(?:second|third|fourth|1st|2nd|3rd)[- ](?:floor|party|parties|row|line support|quarter|"
    r"hand|opinion|gen\w*)|third[- ]party|segundo piso|tercer piso|terceros|terceiros|"
    r"(?:my|his|her|their|a|our) (?:(?:best|old|good) )?(?:friend|mate|pal|buddy|brother|sister|"
    r"cousin|neighbou?r|wife|husband|partner|dad|mum|mom|son|daughter|colleague|uncle|aunt|"
    r"flatmate|room-?mate|father|mother|grandson|granddaughter|"
    r"(?:brother|sister|son|daughter|father|mother)-in-law)(?:'s|\s+(?:is|who is|who's|works as|,)|"
    r",\s*who (?:says|said|claims|told us) (?:he|she|they)(?:'s| is| are))\s+(?:a |an )?(?:lawyer|"
    r"attorney|solicitor|barrister|paralegal|"
    r"journalist|reporter)|"
    r"(?:mi|su|un|una|el|la) (?:amig[oa]|cu[ñn]ad[oa]|herman[oa]|prim[oa]|vecin[oa]|t[ií][oa]|padre|madre|"
    r"hij[oa]|yerno|nuera|suegr[oa]|novi[oa]|marido|mujer|compa[ñn]er[oa])(?: de (?:ella|[ée]l))?\s+(?:es|que es|trabaja "
    r"(?:de|como))\s+(?:un |una )?(?:abogad[oa]|periodista)|"
    r"(?:meu|minha|seu|sua|um|uma|o|a) (?:amig[oa]|cunhad[oa]|irm[ãa]o?|prim[oa]|vizinh[oa]|ti[oa]|pai|"
    r"m[ãa]e|filh[oa]|genro|nora|sogr[oa]|namorad[oa]|marido|mulher|colega)(?: del[ae])?\s+(?:[ée]|que [ée]|"
    r"trabalha como)\s+(?:um |uma )?(?:advogad[oa]|jornalista)|"
    r"(?:mein|meine|sein|seine|ihr|ihre|ein|eine) (?:freund\w*|kumpel|schwager|schw[äa]gerin|"
    r"bruder|schwester|cousin\w*|nachbar\w*|onkel|tante|vater|mutter|sohn|tochter|bekannte\w*|"
    r"kollege|kollegin|mann|ehemann|frau|ehefrau|partner\w*|opa|oma|enkel\w*|neffe|nichte)\s*"
    r"(?:ist|, der|, die|arbeitet als)\s+(?:\w+ )?(?:anwalt|anw[äa]ltin|"
    r"rechtsanw[äa]lt\w*|journalist\w*)|"
    r"(?:mon|ma|son|sa|un|une) (?:ami\w*|beau-fr[èe]re|belle-s[œo]e?ur|fr[èe]re|s[œo]e?ur|cousin\w*|"
    r"voisin\w*|oncle|tante|p[èe]re|m[èe]re|fils|fille|copain|copine|pote|coll[èe]gue)\s+(?:est|qui "
    r"est|, qui est|travaille comme)\s+(?:\w+ )?(?:avocat\w*|journaliste)|(?:lawyer|attorney|solicitor|abogad[oa]|advogad[oa]|anwalt|"
    r"avocat)\s+(?:friend|buddy|amig[oa]|freund\w*|ami\w*)|friend'?s (?:birthday|wedding|party)|"
    r"(?:previous|prior|past) (?:incidents?|issues?|complaints?)\s*[:=-]\s*(?:none|no|nil|n/?a|0)\b|"
    r"(?:saw|seen|read|liked|follow)\s+(?:your|the|a|our)\s+(?:company'?s\s+)?(?:\w+\s+)?(?:post|tweet|"
    r"status (?:page|update)|announcement|notice)\s+(?:on \w+\s+)?(?:about|on|regarding)\s+"
    r"(?:the |a |an )?(?:[\w-]+\s){0,3}(?:outage|incident|problem|issue|disruption|fault|failure|"
    r"breakdown|maintenance|works)|"
    r"(?:saw|seen|read|liked|follow)\s+(?:your|the|a)\s+(?:company'?s\s+)?(?:tweet|post|ad|"
    r"advert|instagram|linkedin)\w*(?: (?:on|in|at) (?:instagram|twitter|x|facebook|linkedin|"
    r"tiktok|youtube))?|(?:euren?|eure|ihren|votre|vos|vuestr[oa]s?|seu|sua|your|our) "
    r"(?:status ?)?(?:post|tweet|publicaci[oó]n|publica[çc][ãa]o|beitrag|statusmeldung)\w*"
    r"(?: (?:auf|on|en|no|na|sur) (?:x|twitter|instagram|facebook))?|(?:our|your|the company's)\s+(?:twitter|social media|"
    r"instagram|facebook|linkedin)\s+(?:team|page|account|support)|"
    r"(?:our|we|the company's) (?:legal|lawyers?|counsel|attorneys?)|"
    r"(?:flight|train|order|booking|reservation|trip|appointment|meeting|event|vuelo|voo|"
    r"pedido|reserva|flug|bestellung|vol|commande)\s+(?:\w+\s+){0,2}(?:was |were |got |had been |"
    r"fue |foi |wurde |a été )?(?:cancel\w*|cancelad\w*|storniert|annul\w*)|"
    # chasing us is not a repeat failure: "third time asking", "ruft zum vierten Mal an"
    r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|segunda|tercera|cuarta|terceira|"
    r"quarta|deuxi[èe]me|troisi[èe]me|quatri[èe]me) (?:time|vez|fois) (?:\w+ )?(?:asking|calling|"
    r"writing|chasing|e-?mailing|ringing|i'?ve (?:called|written|asked)|(?:que|qu'(?:il|elle|on)|"
    r"que j') (?:\w+ ){0,2}(?:llam\w+|escrib\w+|lig\w+|escrev\w+|reclam\w+|appel\w+|[ée]cri\w+))|"
    r"(?:ruft|rief|schreibt|schrieb|meldet sich) (?:\w+ ){0,2}zum (?:zweiten|dritten|vierten|"
    r"f[üu]nften|x-ten|\d+\.) mal|"
    r"(?:called|rang|phoned|e-?mailed|wrote|chased|has called|have called|ligou|liguei|ligaram|"
    r"llam[óé]|ha llamado|he llamado|llamaron|a appel[ée]|j'ai appel[ée]|rief an|hat angerufen|"
    r"habe angerufen) (?:us |them |me |in )?(?:\w+ )?(?:\d+|two|three|four|five|six|seven|"
    r"several|multiple|many|dos|tres|cuatro|varias|duas|tr[êe]s|quatro|v[áa]rias|zwei|drei|vier|"
    r"mehrere|deux|trois|quatre|plusieurs) ?(?:times|x|vezes|veces|mal|fois)\b|"
    # a wish that it never happens again
    r"que [«\"“]?\s?(?:ça|cela|c'|le probl[èe]me) (?:\w+ )?ne (?:recommence|se reproduise|se r[ée]p[èe]te|"
    r"arrive) (?:pas|plus|jamais)|(?:que )?no se (?:vuelva|volver[áa]) a (?:repetir|pasar|ocurrir)|"
    r"que no se repita|n[ãa]o (?:se )?(?:repita|volte a acontecer|aconte[çc]a (?:de novo|"
    r"novamente|outra vez)|vai se repetir)|(?:nicht|nie) (?:wieder|noch einmal|nochmal) "
    r"(?:vorkommt|passiert|vorkommen|passieren)|"
    # a rate per period is not a pattern of failures
    r"(?:por|per|pro|par|each|cada|jede[nm]?|chaque) (?:cada )?(?:semana|mes|d[ií]a|week|month|"
    r"day|woche|monat|tag|semaine|mois|jour|m[êe]s|dia) (?:of|de|du|des|do|da)? ?(?:delay|retraso|"
    r"atraso|retard|versp[äa]tung|verzug)?|"
    # someone else's event, taken from the customer
    r"(?P<keep>comprometid[oa]|ocupad[oa]|reservad[oa]|booked|taken|given|vergeben|r[ée]serv[ée]e?|"
    r"pris(?:e|es)?) "
    r"(?:\w+ ){0,2}(?:con|por|para|by|for|with|f[üu]r|pour|par) (?:una|un|a|another|otra|otro|"
    r"eine[mnr]?|une|um|uma|outra) (?:\w+ )?(?:boda|wedding|hochzeit|mariage|casamento|party|"
    r"fiesta|festa|f[êe]te)|"
    # a cancellation that we made, or that the customer already made and we ignored
    r"(?:erreur|error|erro|fehler) (?:\w+ ){0,2}(?:de |in der |bei der |of )?(?:r[ée]siliation|"
    r"cancelaci[oó]n|cancelamento|k[üu]ndigung|cancell?ation)|(?:we|on a|nous avons|hemos|"
    r"cancelamos|wir haben|a gente|n[óo]s) (?:\w+ ){0,2}(?:cancel+ed|r[ée]sili[ée]|dado de baja|"
    r"cancelado|gek[üu]ndigt)|(?:k[üu]ndigung|cancellation|cancelamento|cancelaci[oó]n|"
    r"r[ée]siliation) (?:\w+ ){0,2}(?:ignoriert|ignored|ignorad[oa]|ignor[ée]e|not processed|"
    r"nicht bearbeitet|no tramitada|n[ãa]o processad[oa]|best[äa]tigt|liegt (?:mir )?vor)|"
    r"(?:habe|hatte|hat|haben|hatten) (?:\w+ ){0,5}gek[üu]ndigt|(?:after|despite|even though|"
    r"although) (?:\w+ ){0,2}(?:cancell?(?:ed|ing|ation))|(?:despu[ée]s de|a pesar de) (?:haber )?"
    r"(?:dar(?:me|se|nos)? de baja|cancelad\w*|cancelar)|(?:depois de|ap[óo]s|mesmo ap[óo]s) "
    r"(?:o )?cancel\w*|(?:apr[èe]s|malgr[ée]) (?:la |ma |sa )?r[ée]siliation|"
    # a dispute the customer asks us (their bank) to raise against a shop
    r"(?:contracargo|chargeback|charge ?back|disputa|dispute|contestaci[oó]n|contestation|"
    r"r[üu]ckbuchung|estorno)\w* (?:\w+ ){0,3}(?:contra|against|gegen|contre|com|with) (?:la|el|"
    r"the|a|o|den|die|le|un[ae]?|that) (?:tienda|comercio|shop|store|merchant|seller|vendedor|"
    r"loja|h[äa]ndler|commer[çc]ant|boutique|site|retailer)|"
    # idioms: "nearly fell off her chair laughing", "me morí de risa"
    r"(?:nearly |almost )?f[ae]ll(?:ing)? off (?:her|his|my|their) (?:chair|seat)(?: laughing)?|"
    r"died laughing|me mor[ií] de (?:risa|la risa)|morri de rir|mort de rire|totgelacht|"
    r"(?:quase )?ca(?:iu|[íi]) da cadeira|(?:casi )?me ca[íi](?:go)? de la silla|vom stuhl gefallen|"
    r"(?:failli )?tomb[ée]e? de (?:ma|sa|sa propre) chaise|"
    r"(?:time|vez|fois) (?:\w+ ){0,2}(?:called|asked|written|chased|e-?mailed|rung|contacted|"
    r"llamad[oa]|escrito|ligad[oa]|appel[ée]|[ée]crit)\b|"
    r"(?:saw|seen|read|viu|vi|vio|lu|a lu|gesehen|las) (?:a |o |la |el |the |your |votre |vos |sua |"
    r"seu |su |ihren |euren )?(?:\w+ )?(?:post|publica[çc][ãa]o|publicaci[oó]n|publication|beitrag|"
    r"tweet|story|message|aviso)(?: de voc[êe]s| da empresa| de la empresa| de l'entreprise)? "
    r"(?:no|na|en|on|auf|sur) (?:x|twitter|instagram|facebook|linkedin|tiktok)\b|"
    r"(?:an|f[üu]r) (?:eine|einen|die) (?:andere |fremde )?(?:hochzeit|feier|party|taufe) "
    r"(?:\w+ )?(?:vergeben|gebucht|reserviert)|"
    # a printing press is a machine, not the press
    r"presse (?:offset|[àa] imprimer|hydraulique|plieuse|d'imprimerie)|(?:druck|offset)presse",
    re.I,
)
_NEGATION = re.compile(
    r"(?:\bnot\b|\bnever\b|n't|\bnobody\b|\bwithout\b|\bnunca\b|\bn[ãa]o\b|\bnicht\b|"
    r"\bkein\w*|\bnie\b|\bne\b|\bn'|\bpas\b|\bjamais\b|\bsans\b|\bsin\b|\bsem\b|\bohne\b|"
    r"\bhas no (?:plans?|intention)|\brather than\b)"
    r"(?:(?!\b(?:and|but|y|pero|e|mas|und|aber|et|mais)\s+(?:\w+\s+)?(?:they|we|she|he|i|"
    r"ellos|ellas|nosotros|eles|elas|n[óo]s|sie|wir|er|ils|elles|nous|on|says|said|dice|dijo|"
    r"diz|disse|sagt|dit|se)\b)[^.!?;,:\n]){0,25}$",
    re.I,
)
"""A negation reaches to the end of its clause: "didn't get paid and they're talking to
Fenwick" negates the pay, not the talking; a new subject or a verb of saying after "and",
"y", "und" or "mais" starts a clause of its own ("no cobraron y dice que se va")."""
_NO = re.compile(r"\bno\b[^.!?;,:\n]{0,25}$", re.I)
"""English and Spanish "no"; in Portuguese "no" means "in the" ("no Procon"). Like a
sentence's end, a line break ends a negation's reach: a pasted line is a statement."""

_PERSONAL_RECORD = (
    r"(?:statements?|(?:test |lab )?results|records?|details|data|invoices?|bills?|letters?|files?|"
    r"documents?|payslips?|medical (?:notes|history)|datos|factura|expediente|historial|resultados|"
    r"documentos|informe|dni|dados|laudos?|exames?|fatura|prontu[áa]rio|extrato|cpf|daten|"
    r"abrechnung|rechnung|befund\w*|unterlagen|akte|kontoausz[üu]g\w*|kontodaten|donn[ée]es|dossier|"
    r"facture|relev[ée]|r[ée]sultats|pi[èe]ces|orders?|order history|pedidos|compras|bestellungen|"
    r"commandes|folios?|contracheques?|holerites?|n[óo]minas?|lohnabrechnung\w*|fiches? de paie|"
    r"bulletins? de salaire|prescriptions?|recetas?|receitas?|rezept\w*|ordonnances?)"
)
_SENT_TO_SOMEONE_THEY_KNOW = (
    r"(?:sent|mailed|emailed|posted|delivered|gave|given|showed|shown|enviaron|mandaron|"
    r"entregaron|enviaram|mandaram|entregaram|geschickt|zugestellt|gesendet|envoy[ée]s?|"
    r"remis|transmis)\b[^.\n]{0,50}?\b(?:to|a|al|ao|à|an) (?:my|her|his|their|mi|su|meu|"
    r"minha|seu|sua|meinen|meine|seinen|ihren|mon|ma|son|sa) (?:neighbou?r|ex|colleague|"
    r"landlord|employer|boss|vecin[oa]|jefe|vizinh[oa]|chefe|patr[ãa]o|nachbar\w*|chef|"
    r"voisin\w*|coll[èe]gue|employeur)"
)
"""Their records went to someone they know ("mailed my results to my neighbour"): a
breach, where merely naming a neighbour in the same sentence is not."""
_OTHER_PERSON = (
    r"(?:(?:another|other|wrong|different|unrelated) (?:customer|patient|person|client|recipient|"
    r"household|address|family|account holder|guest|tenant|company|firm|user|member|passenger|"
    r"student|parent)|otra empresa|outra empresa|une autre (?:entreprise|soci[ée]t[ée])|"
    r"(?:einer|eine) (?:anderen|fremden) (?:firma|person)|(?:einem|ein) (?:anderen|fremden) "
    r"unternehmen|(?:a |complete )?stranger|someone else|"
    r"otr[oa] (?:persona|cliente|paciente|usuari[oa])|(?:un )?desconocid[oa]|outr[oa] (?:pessoa|"
    r"cliente|paciente|usu[áa]ri[oa])|estranh[oa]|desconhecid[oa]|(?:einen|eine|einem|einer) "
    r"(?:anderen|fremden) (?:kunden|kundin|patient\w*|person|empf[äa]nger)|fremde[rn]?\b|"
    r"(?:un autre|une autre|d'un autre|d'une autre) (?:client|patient|personne|abonn[ée])|inconnu|"
    r"(?:eines|einer) (?:anderen|fremden) (?:kunden|kundin|patient\w*|person))"
)
_BANK_OR_CARD = (
    r"(?:(?:my|her|his|their|our|the|mi|su|nuestr[oa]|meu|minha|seu|sua|nosso|nossa|mein\w*|"
    r"sein\w*|ihr\w*|unser\w*|ma|mon|sa|son|notre) )?"
    r"(?:bank|card issuer|card company|credit card(?: company)?|card provider|issuer|amex|american "
    r"express|visa|mastercard|paypal|klarna|banco|tarjeta|entidad|cart[ãa]o|operadora do cart[ãa]o|"
    r"bank\w*|kreditkarte\w*|kartenanbieter|banque|carte(?: bancaire)?)"
)
_DISPUTE = (
    r"(?:dispute|disputing|disputed|contest\w*|challenge|charg(?:e|ing) (?:it |them |this )?back|"
    r"reverse|reversing|claw back|take (?:this|it) up|raise[ds]? a (?:dispute|claim)|rais(?:e|ing) "
    r"a (?:dispute|claim)|open(?:ed|ing)? a (?:dispute|claim|case)|fil(?:e|ed|ing) a (?:dispute|"
    r"claim)|stop the payment|recall the payment|anule|anular|anula|retroced\w*|reclam\w* (?:el|los) "
    r"cargos?|disputa\w*|contestar|contestou|contesta\w*|estorn\w*|cancelar a compra|"
    r"zur[üu]ckbuch\w*|zur[üu]ckhol\w*|reklamier\w*|contester|contestation|faire opposition|"
    r"fait opposition|opposition|rembours\w* par (?:ma|sa) banque)"
)
_CARD_DISPUTE = (
    rf"{_DISPUTE}[^.!?\n]{{0,50}}?\b(?:with|through|via|to|at|con|a|al|ao|no|na|com|junto "
    rf"(?:a|ao)|bei|über|uber|auprès de|aupr[èe]s de|sur|par) {_BANK_OR_CARD}\b|"
    rf"{_BANK_OR_CARD} (?:\w+ ){{0,3}}(?:to|que|para|pour|zu) (?:\w+ ){{0,2}}{_DISPUTE}|"
    r"(?:pedir|pediu|pedi|pediré|pedirá|pido|peço|vou pedir|voy a pedir|demander?|demand[ée]) "
    r"(?:a[lo]? |à )?(?:mi |su |meu |minha |ma |sa )?(?:banco|banque|cart[ãa]o|tarjeta) "
    r"(?:que|para|pour|de) (?:\w+ ){0,2}(?:anule|anular|devuelva|devolver|contestar|cancelar|"
    r"estornar|annuler|rembourser|contester)|"
    r"(?:lastschrift\w*|abbuchung\w*|einzug) (?:\w+ ){0,4}(?:zur[üu]ckgehen lassen|zur[üu]ckbuchen "
    r"lassen|zur[üu]ckgeben(?: lassen)?|widersprechen|zur[üu]ckrufen)|"
    r"(?:lasse|lassen|l[äa]sst|gebe|geben|gibt) (?:\w+ ){0,5}(?:lastschrift\w*|abbuchung\w*) "
    r"(?:\w+ ){0,3}(?:zur[üu]ck(?:gehen|buchen)?)\b|"
    r"(?:devolver[ée]?|devuelvo|voy a devolver|vamos a devolver) (?:el|los) recibos?"
)
"""A card or bank dispute threatened against our charge, in any of its forms: "take this
up with my card issuer", "pediré a mi banco que anule el cargo", "die Lastschrift
zurückgehen lassen", "ouvert une contestation auprès de ma banque"."""
_INSULT = (
    r"(?:idiot\w*|stupid|moron\w*|incompetent\w*|useless|clowns?|liars?|thie(?:f|ves)|crooks?|"
    r"scammers?|frauds?|parasites?|morons?|imbeciles?|cretins?|losers?|bon(?:ne)?s? [àa] rien|"
    r"voleurs?|escrocs?|incapables?|nuls?|imb[ée]ciles?|cr[ée]tins?|connards?|tocards?|"
    r"bras cass[ée]s|guignols?|betr[üu]ger\w*|abzocker\w*|versager\w*|l[üu]gner\w*|diebe?|"
    r"verbrecher\w*|idioten|vollidiot\w*|unf[äa]hig\w*|inkompetent\w*|vagabund[oa]s?|burr[oa]s?|"
    r"incompetentes?|ladr[ãa]o|ladr[õo]es|safad[oa]s?|idiotas?|in[úu]til(?:es)?|ladr[oó]n(?:es)?|"
    r"estafador\w*|sinverg[üu]enzas?|gilipollas|imb[ée]cil(?:es)?|chorizos?|estelionat\w*|"
    r"picaretas?|otári[oa]s?|ot[áa]ri[oa]s?|pendej[oa]s?|cabr[oó]n(?:es)?|babacas?|trottel|"
    r"b\*+tch\w*|bitch\w*|assholes?|arseholes?|wankers?|twats?|dickheads?)"
)
_ABUSE = (
    rf"(?:for|para|f[üu]r|pour) (?:you|ustedes|vosotros|voc[êe]s|euch|vous) {_INSULT}\b|"
    rf"\b(?:you|ye|you'?re|you are|sois unos|sois|son unos|são uns|vocês são|ihr) (?:an? )?(?:\w+ )?"
    rf"{_INSULT}(?:\b|[,.!])|"
    # an insult that is never neutral, however it is placed ("no lo lamente, pendejo"), a
    # masked swear word, a threat to wait for our staff
    r"pendej[oa]s?|gilipollas|arschl[öo]ch\w*|connards?|babacas?|b\*+tch\w*|f\*+(?:ing|k\w*)|"
    r"(?:i'?ll|i will|we'?ll|we will) be waiting (?:for (?:you|them|him|her) )?(?:outside|at (?:the|"
    r"your))|i know (?:where|which \w+) (?:you|your \w+|you lot) (?:\w+ )?(?:work|live)|"
    r"s[ée] d[óo]nde (?:trabaja|viven?)|sei onde (?:voc[êe]s? )?(?:trabalha|moram?)|ich wei[ßs],? wo "
    r"(?:ihr|sie|du) (?:arbeite|wohn)\w*|je sais o[ùu] (?:vous|tu) (?:travaill|habit)\w*|"
    r"subnormal\w*|unf[äa]hige (?:kuh|ziege|sau)|"
    rf"(?:call(?:ed|ing|s)?|treat(?:ed)?|trait[ée]\w*|traitant|chamou|chamando|xingou|xingando|"
    rf"llam[óo]|llamando|trat[óo]|nannte|beschimpft\w*|bezeichnete|a trait[ée])\b[^.!?\n]{{0,40}}?"
    rf"(?:de |an? |als |of )?[\"“«'‘]?\s?(?:une? |um |uma |un |una |bande d'|bunch of |a bunch "
    rf"of )?{_INSULT}\b|"
    rf"(?:you|voc[êe]s?|ustedes|vosotros|vous) (?:(?:all|todos|tous|really|realmente|vraiment) )?"
    rf"(?:are|s[ãa]o|[ée]|son|sois|[êe]tes) (?:a |an |uns? |umas? |unos |unas |des |une? |"
    rf"(?:a )?bunch of |bande d')?(?:\w+ )?{_INSULT}\b|"
    rf"(?:your|vos|votre|su|sus|seu|sua|ihr|euer|eure) (?:\w+ ){{0,2}}(?:is|are|est|sont|es|son|"
    rf"é|s[ãa]o|ist|sind) (?:a |an |une |un |um |uma |ein |eine )?(?:bande|bunch|band|panda|"
    rf"bando|haufen)? ?(?:of |d'|de )?{_INSULT}|"
    r"(?:wait(?:ing)?|be waiting) (?:for (?:her|him|you|them) )?outside (?:the |your |our )?"
    r"(?:shop|store|office|branch|house)|(?:sort|settle|deal with) (?:it|this|you) (?:out )?in person|"
    r"r[ée]gler (?:ça|cela|le probl[èe]me) (?:\w+ ){0,2}(?:[àa] l'agence|en personne|sur place)|"
    r"venir r[ée]gler|pers[öo]nlich vorbeikommen|vorbeikommen und (?:das|es) kl[äa]ren|"
    r"resolver pessoalmente|(?:ir|aparecer) (?:a[íi]|ahí|l[áa]) (?:no|en el|na|al) "
    r"(?:escrit[óo]rio|oficina|loja|tienda)|(?:hope|hoping) (?:you|he|she|they) (?:die|rot)|"
    r"je (?:lui |vous )?souhaite de crever|(?:ojal[áa]|espero que) (?:te |se )?mueras?|"
    r"que (?:voc[êe] )?morra|verreck\w*|\b\w\*{2,}\w*|swore at|cursed at|f-?word|racist|sexist|"
    r"verbal(?:ly)? abus\w*|aggressive (?:towards?|with) (?:our|the|my)|threat(?:en)?(?:ed|ing)? (?:to )?"
    r"(?:hurt|harm|kill|come (?:down|round|in)|visit) |(?:shout|scream|yell)(?:ed|ing) at (?:our|the|"
    r"my) (?:agent|staff|rep|colleague|team|advisor|adviser)|insultos?\b|amenaz(?:as|[óo]|aba)\b(?! (?:con|de|en)\b)|"
    r"groser[íi]as|palabrotas|xingamentos?|palavr[õo]es|beleidigungen|drohungen|bedroht\w*|"
    r"menaces?\b(?! (?:de\b|d\'))(?!\s*:)|injures\b|insultes?\b|grossi[èe]ret[ée]s?|(?:ligou|llam[óo]|called|rang) "
    r"(?:\w+ )?(?:gritando|aos gritos|a gritos|shouting|screaming)"
)
"""Abuse towards our staff: names called, a threat to come round, a death wish, censored
swearing. Our staff shouting at a customer is rude service, not this signal."""
_MONEY_TROUBLE = (
    r"emptied (?:my|her|his|their|the) (?:account|bank)|(?:left|leaving) (?:me|her|him|them) "
    r"(?:with )?(?:no money|nothing|short|penniless)|arrears|credit (?:file|score|rating|record|"
    r"report|history)|(?:had|have|having) to (?:take out|borrow|get) (?:a |an )?(?:loan|advance|"
    r"overdraft)|(?:rent|mortgage|payment|debit|direct debit|cheque|check)s? (?:\w+ ){0,2}bounced|"
    r"over (?:my|her|his|their|the) (?:credit )?limit|payroll (?:\w+ ){0,3}(?:late|delayed|"
    r"returned|failed)|(?:staff|employees|wages|salaries) (?:were |was )?paid (?:\w+ )?late|"
    r"(?:customers|clients) (?:won'?t|will not|aren'?t|are not|refuse to) pay|cash ?flow|"
    r"(?:paid|pay|hit with|levied|imposed|got) (?:a|an|the|their|its|two|three) (?:\w+ )?(?:fine|"
    r"penalty|penalties|late fees?)\b|\bfined\b|late payment (?:charge|fee)s?|"
    r"n[óo]minas? (?:\w+ ){0,4}(?:con (?:\w+ ){0,3}retraso|tarde|devuelt\w*)|sin saldo|"
    r"(?:pedir|pidi[óo]|pedido) un pr[ée]stamo|(?:notific[óo]|impuso|puso|pagaron) "
    r"(?:\w+ )?(?:una )?multa|(?:sus )?clientes (?:no (?:les )?pagan|no pagan)|flujo de caja|"
    r"(?:atras\w*|atraso) (?:\w+ ){0,2}(?:folha|sal[áa]rios?)|folha (?:de pagamento )?atrasad\w*|"
    r"ficou sem dinheiro|sem dinheiro para|(?:pagaram|pagou|levou|levaram|levamos) (?:\w+ )?"
    r"multa|empr[ée]stimo para pagar|fluxo de caixa|"
    r"(?:geh[äa]lter|l[öo]hne|lohn) (?:\w+ ){0,3}(?:versp[äa]tet|zu sp[äa]t|nicht gezahlt)|"
    r"(?:konto|girokonto) (?:\w+ ){0,3}(?:im minus|leer|[üu]berzogen)|nur noch gegen vorkasse|"
    r"kredit aufnehmen|liquidit[äa]t\w*|"
    r"salaires? (?:\w+ ){0,3}(?:en retard|d[ée]cal[ée]s?)|compte (?:\w+ ){0,2}(?:vide|vid[ée])|"
    r"emprunter|tr[ée]sorerie|(?:se |le |me |les )?devolvieron (?:\w+ ){0,4}(?:pagos|n[óo]minas?|recibos?|"
    r"transferencias)|(?:pagos|n[óo]minas?|recibos) (?:\w+ ){0,3}devuelt\w*|(?:pagamentos|boletos|"
    r"d[ée]bitos) (?:\w+ ){0,2}devolvid\w*|(?:lastschriften|zahlungen|[üu]berweisungen) (?:\w+ )"
    r"{0,4}zur[üu]ckgegangen|(?:pr[ée]l[èe]vements?|paiements?|virements?) (?:\w+ ){0,2}rejet[ée]s?|"
    r"rejets? de pr[ée]l[èe]vement"
)
"""Knock-on money trouble our failure caused: an emptied account, arrears, a loan to pay
staff, payroll late, a fine paid, customers withholding payment."""
_CHURN_MORE = (
    # shopping for a replacement, or leaving the platform itself
    r"evaluat\w* (?:another|other|a new|an alternative|alternative|competing|a competing|"
    r"competitor\w*|rival)\b|eval'?ing (?:a |another )?(?:competitor|vendor|alternative)s?|"
    r"looking at (?:competitors|alternatives|other (?:vendors|providers|banks|suppliers))|"
    r"(?:sair|salir|sortir|leave|leaving) (?:da|de la|de|of|the) (?:plataforma|plateforme|"
    r"platform)|die plattform verlassen|"
    r"(?:move|moving|switch|switching|migrate|migrating|go|going|leave|leaving) "
    r"(?:(?:us|all|everything|the (?:\w+ )?(?:account|contract|business|fleet)) )?(?:over )?to "
    r"(?-i:[A-Z][\w-]+)(?! (?:Dec|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)\w*)|"
    r"(?:se va|me voy|nos vamos|se vai|vou|vamos|wechsel\w*|passe|passer|part) (?:a|para|pra|zu|"
    r"chez) (?-i:[A-Z][\w-]+)|"
    r"(?:review|reviewing|re-?evaluat\w*|reconsider\w*|audit\w*|revis\w*|[üu]berpr[üu]f\w*) "
    r"(?:all |each |every |our |their |todos? |tous |alle )*(?:\w+ )?(?:software |"
    r"supplier |vendor )?(?:contracts|vendors|suppliers|providers|contratos|proveedores|"
    r"fornecedores|vertr[äa]ge|anbieter|lieferanten|contrats|fournisseurs|prestataires)|"
    r"wechsel\w* (?:\w+ )?(?:die|den|das|zur|zum) (?:bank|anbieter|versicherung|versicherer|"
    r"provider|lieferanten|tarif|stromanbieter)|"
    r"(?:ofertas|presupuestos|propuestas|quotes|angebote|devis|or[çc]amentos|cota[çc][õo]es|"
    r"offres) (?:\w+ ){0,2}(?:a|de|from|von|aupr[èe]s d'|d') (?:otr[oa]s|other|another|"
    r"andere[nr]?|d'autres|autres|outr[oa]s|la competencia|concorrentes)|"
    r"(?:last|[úu]ltim[oa]|derni[èe]re?|letzte[nrs]?) (?:time|order|booking|stay|dinner|event|"
    r"vez|cena|pedido|reserva|fois|commande|mal|bestellung) (?:\w+ ){0,4}(?:with (?:you|us)|con "
    r"(?:vosotros|ustedes|nosotros)|com (?:voc[êe]s|a gente)|chez vous|bei (?:euch|ihnen|uns))|"
    r"(?:won'?t|will not|never|not going to|no longer)(?: \w+)? (?:fly|stay|book|shop|order|bank|"
    r"use|buy|travel|come back|renew|do business) (?:\w+ )?(?:with|from|at) (?:you|us)|"
    r"ne (?:commander|r[ée]server|voyager|revenir|prendr|acheter|venir|travailler)\w* plus "
    r"(?:chez|avec) (?:vous|nous)|"
    r"(?:give|gimme) (?:me )?(?:one|a) (?:good )?reason (?:not )?to (?:stay|renew|move|switch|leave)|"
    # the whole book, all their work, moved (or talked about moving) to a rival
    r"(?:move|moving|moved|take|taking|shift\w*|transferr?\w*|pull\w*) (?:all|the whole|the "
    r"entire) (?:of )?(?:(?:their|our|his|her|my|the) )?(?:\w+ )?(?:book|work|business|volume|"
    r"spend|portfolio|fleet|lines|accounts?)\b|"
    r"(?:talking to|in talks with|started evaluating|evaluating|trialing|trialling|piloting|demoing) "
    r"(?-i:[A-Z][\w.&-]+)|"
    # back to the provider they left for us
    r"(?:go(?:es|ing)?|went|switch\w*) back to (?:their|his|her|my|our) (?:old|previous|former) "
    r"(?:\w+ )?(?:provider|carrier|bank|supplier|vendor|insurer|operator)|(?:se )?(?:regres\w+|"
    r"vuelve|volver\w*|vuelven) (?:con|a) (?:su|mi|nuestro|nuestra|el|la) (?:\w+ )?(?:operador|"
    r"proveedor|banco|compa[ñn][ií]a|aseguradora) anterior|volt\w+ (?:para|pra) (?:a|o) "
    r"(?:operadora|banco|seguradora|fornecedor)\w* anterior|zur[üu]ck zu(?:m| unserem| ihrem| "
    r"seinem)? (?:alten|fr[üu]heren|bisherigen) (?:anbieter|bank|versicherer)|retourner chez "
    r"(?:notre|leur|son|mon) (?:ancien|pr[ée]c[ée]dent) (?:op[ée]rateur|fournisseur|assureur)|"
    # moving it to a named rival and not coming back
    r"(?:la|lo|las|los) (?:movemos|llevamos|pasamos|mudamos) a (?-i:[A-Z][\w-]+)|"
    r"no (?:volvemos|regresamos|volvemos nunca)\b|n[ãa]o (?:voltamos|voltaremos)\b|"
    # done with us, removing the product
    r"(?:i'?m|im|we'?re|were|he'?s|hes|she'?s|shes|they'?re|theyre|is|are) (?:\w+ )?done (?:w/|"
    r"with) (?:us|you)\b|(?:uninstall|desinstal|deinstallier|d[ée]sinstall)\w*|"
    r"(?:she'?s|he'?s|they'?re|i'?m|we'?re|she is|he is|they are) cancell?ing\b(?! (?:the |her |"
    r"his |their |my |our )?(?:order|booking|flight|reservation|trip|event|appointment))"
)
"""Leaving for a named rival, reviewing every supplier, the last order with us, never
again with us; the whole book or all their work moved to a rival, back to the old
provider, done with us, uninstalling."""
_PERSONAL_DETAIL = (
    r"(?:address|home address|new address|passport(?: number)?|date of birth|birth ?date|"
    r"phone numbers?|e-?mail(?: address)?|account numbers?|names?|salar(?:y|ies)|boarding pass|"
    r"profile|history|records?|details|data|medical|diagnos\w+|treatment|appointment|"
    r"direcci[oó]n|domicilio|pasaporte|fecha de nacimiento|tel[ée]fonos?|datos|perfil|historial|"
    r"tratamiento|endere[çc]o|passaporte|data de nascimento|telefones?|dados|perfil|hist[óo]rico|"
    r"adresse|reisepass|geburtsdatum|telefonnummer\w*|daten|profil|verlauf|anschrift|"
    r"num[ée]ro de passeport|date de naissance|carte d'embarquement|donn[ée]es|historique)"
)
_ANOTHER = (
    r"(?:another|other|a different|someone else'?s|a stranger'?s|(?:an|einer?|eines|einem) "
    r"(?:anderen|fremden)|otr[oa]|outr[oa]|d'une? autre|une? autre|de otr[oa]|de outr[oa])"
    r" (?:\w+ )?(?:customer|client|patient|person|passenger|passag[èe]re|passager|pasajer[oa]|"
    r"passageir[oa]|practice|family|fam[ií]lia|famille|familie|company|firm|clinic|cl[ií]nica|"
    r"clinique|praxis|household|user|usuari[oa]|utilisat\w+|nutzer\w*|member|guest|student|tenant|"
    r"account|business|school|empresa|entreprise|firma|kund\w*|paciente|persona|pessoa|personne)"
)
_PRIVACY_MORE = (
    r"(?:address|adresse|direcci[oó]n|endere[çc]o|anschrift|daten|details|datos|dados|donn[ée]es)"
    r"[^.\n]{0,40}?(?:genannt|gegeben|verraten|weitergegeben|mitgeteilt|preisgegeben|revealed|"
    r"disclosed|given out|shared|divulgad[oa]|revelad[oa]|divulgu[ée]e?s?)|"
    rf"{_PERSONAL_DETAIL}[^.\n]{{0,80}}?{_ANOTHER}|{_ANOTHER}[^.\n]{{0,60}}?{_PERSONAL_DETAIL}|"
    rf"(?:belong(?:ing|ed|s)? to|pertenecientes? a|pertencentes? a|appartenant [àa]|geh[öo]ren\w*) "
    rf"{_ANOTHER}|"
    r"(?:gave|given|told|disclosed|revealed|shared|handed|dio|dieron|dado|revel\w+|facilit\w+|"
    r"deu|deram|passou|passaram|contou|nannte|genannt|gegeben|verraten|weitergegeben|mitgeteilt|"
    r"donn[ée]|communiqu[ée]|r[ée]v[ée]l[ée]|transmis) (?:\w+ ){0,6}(?:(?:my|her|his|their|mi|su|"
    r"meu|minha|seu|sua|meine|ihre|seine|mon|ma|son|sa) )?(?:new |neue |nouvelle |nueva |nova )?"
    r"(?:address|adresse|direcci[oó]n|endere[çc]o|room number|n[úu]mero de (?:habitaci[oó]n|quarto)|"
    r"zimmernummer|num[ée]ro de chambre|details|datos|dados|daten|donn[ée]es|phone number)|"
    r"(?:who|qui[ée]n|quem|wer|qui) (?:has |had |tuvo |teve |hatte |a eu |ha tenido |may have )?"
    r"(?:had |seen |)?(?:access|acceso|acesso|zugriff|acc[èe]s) (?:to|a|aos?|zu|auf|[àa])|"
    r"(?:could|can|puede|pod[ií]a|pode|podia|kann|konnte|peut|pouvait) (?:\w+ ){0,2}(?:see|view|"
    r"access|ver|acessar|sehen|voir) (?:\w+ ){0,3}(?:profile|perfil|profil|account|cuenta|conta|"
    r"konto|compte|data|datos|dados|daten|donn[ée]es)|"
    r"brecha de (?:datos|seguridad)|viola[çc][ãa]o de dados|violation de donn[ée]es|"
    r"fuga de (?:datos|informaci[oó]n)|data exposure|public (?:bucket|link|folder)"
)
"""Personal details seen by, or handed to, someone they do not belong to."""
_PRIVACY_MORE_3 = (
    # a record sent or read out to someone it does not belong to
    r"(?:e-?mailed|sent|mailed|posted|forwarded|faxed|given|handed|delivered|went|gone|read out) "
    r"(?:\w+ ){0,3}to (?:a |the )?(?:colleague|co-?worker|wrong (?:\w+ )?(?:person|customer|"
    r"client|tenant|patient|guest|address|recipient|company|firm|number))\b|read (?:\w+ ){0,3}out "
    r"(?:\w+ ){0,3}to (?:my|her|his|their|a|the|another)\b|(?:told|informed|mentioned (?:\w+ )?to)"
    r" (?:my|her|his|their) (?:ex\w*|landlord|employer|boss|neighbou?r|colleague|family|parents) "
    r"about (?:my|her|his|their)\b|"
    # handed to an impostor
    r"(?:given|gave|handed|released|disclosed|sent) (?:\w+ ){0,3}to (?:someone|somebody|a (?:man|"
    r"woman|person|caller)|an impostor|a fraudster) (?:who was )?(?:pretending|posing|claiming|"
    r"impersonat\w*)|"
    # open to other customers, or to anyone
    # a bucket left open to anyone, a guest's room number given to a caller posing as family
    r"(?:bucket|folder|share|drive|container|storage)\w* (?:\w+ ){0,3}with public (?:read|access|"
    r"sharing|listing)|public[- ]read (?:access )?(?:switched |turned )?on|publicly readable|"
    r"(?:rang|called|phoned|came)[^.\n]{0,80}?(?:saying|claiming|pretending|said) (?:he|she|they) "
    r"(?:was|were|is|'s) (?:her|his|their|the guest'?s?) (?:\w+ )?(?:husband|wife|partner|son|"
    r"daughter|father|mother|brother|sister|boss|relative)(?:[^\n]|\n(?!\n)){0,160}?\b(?:gave|"
    r"told|disclosed|handed|released|confirmed|read out) (?:it|him|her|them|the room|her room|his room|the "
    r"address|her address)|"
    r"(?:visible|accessible|available|open|exposed|shown) to (?:other|another|all|any|every) "
    r"(?:\w+ )?(?:companies|customers|users|clients|tenants|members|parents|guests|people|"
    r"patients|students)|(?:link|folder|bucket|drive|file|document|spreadsheet|page)s? "
    r"(?:\w+ ){0,6}(?:was|were|is|are|set to|made|left) (?:\w+ )?public(?:ly (?:visible|"
    r"accessible|available))?\b|anyone with the link|"
    r"(?:she|he|they|someone|others|strangers|anyone|another customer) (?:can|could) (?:now )?"
    r"see (?:my|her|his|their|our)\b|"
    # a mail to many with every address in copy
    r"(?:every|all|todos|todas|tous|toutes|alle[nm]?) (?:\S+ ){0,5}?(?:in|em|en|on|im) (?:cc|"
    r"copia|c[óo]pia|copie)\b|cc instead of bcc|\bcc statt bcc|cc en (?:vez|lugar) de cco|cc em "
    r"vez de cco|offene[nr]? verteiler|"
    # records stolen in an attack, documents left with someone else
    r"(?:data|details|datos|dados|daten|donn[ée]es|files|records|passwords?)\b (?:\w+ ){0,4}"
    r"(?:stolen|robad[oa]s|roubad[oa]s|gestohlen|vol[ée]e?s|hacked|compromised|comprometid[oa]s|"
    r"kompromittiert|compromises?)|stole (?:\w+ ){0,3}(?:data|details|records|files)|(?:left|"
    r"handed|gave|delivered) (?:my|her|his|their|our) (?:passport|documents?|id|papers|records|"
    r"files|results|medical \w+) (?:with|to) (?:a|the|my|her|his|their) (?:neighbou?r|stranger)|"
    # a number or address given out, sent to another user
    r"(?:gave|given|passed|handed|released) out (?:my|her|his|their) (?:\w+ ){0,2}(?:number|"
    r"address|details|e-?mail)|(?:sent|posted|mailed|e-?mailed|forwarded|shown) to (?:a |an |the )?"
    r"(?:different|another|other|wrong|some other) (?:\w+ )?(?:user|"
    r"member|guest|company|firm|passenger|student|parent|employer)|(?:n[úu]mero|tel[ée]fono|"
    r"telefone|celular|direcci[oó]n|endere[çc]o|telefonnummer|handynummer|adresse|num[ée]ro|"
    r"datos|dados|daten|donn[ée]es)\w* (?:\w+ ){0,3}(?:a|para|pra|an|[àa]) (?:otra persona|un "
    r"desconocido|um desconhecido|uma desconhecida|dritte|einen dritten|un tiers|des tiers)\b|"
    # a record passed on in the other languages
    r"(?:mandaram|enviaram|mandou|enviou|entregaram|entregou) (?:\w+ ){0,3}(?:para|pra|a|ao|à) "
    r"(?:outr[oa] (?:empresa|pessoa|cliente|paciente)|uma? desconhecid[oa]|a pessoa errada|o "
    r"endere[çc]o errado|(?:meu|minha|seu|sua) (?:chefe|vizinh[oa]|ex\w*|patr[ãa]o|empresa))|"
    r"(?:enviaron|mandaron|entregaron|envi[óo]|mand[óo]|entreg[óo]) (?:\w+ ){0,3}a (?:otra "
    r"(?:empresa|persona)|otro cliente|un[ao]? desconocid[oa]|la persona equivocada|la direcci[oó]n "
    r"equivocada|(?:mi|su) (?:jefe|vecin[oa]|ex\w*|casero|empresa))|(?:my|her|his|their) "
    r"(?:neighbou?r|landlord|employer|boss|colleague|ex(?:-\w+)?) (?:\w+ ){0,2}(?:got|received|"
    r"opened|saw|read|was (?:given|sent)) (?:\w+ ){0,6}?" + _PERSONAL_RECORD + r"\b"
)
"""A record e-mailed to a colleague or read out to an ex, details given to someone posing as
the customer, a portal or link open to other companies or to anyone."""
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|"
    r"mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janeiro|fevereiro|"
    r"mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|m[äa]rz|"
    r"juni|juli|oktober|dezember)"
)
_ORDINAL = (
    r"(?:2e|3e|4e|2[èe]me|3[èe]me|4[èe]me|deuxi[èe]me|troisi[èe]me|quatri[èe]me|[2-4][ºª]|"
    r"segund[oa]|tercer[oa]?|terceir[oa]|cuart[oa]|quart[oa]|zweite[nrs]?|dritte[nrs]?|"
    r"vierte[nrs]?)"
)
_FAILURE_NOUN = (
    r"(?:annulation|panne|coupure|interruption|incident|fuite|erreur|cancelaci[oó]n|ca[ií]da|"
    r"corte|aver[ií]a|fallo|incidencia|interrupci[oó]n|cancelamento|queda|falha|interrup[çc][ãa]o|"
    r"vazamento|ausfall|st[öo]rung|absage|stornierung|fehler|rohrbruch|[üu]berbuchung)"
)
_REPEAT_MORE = (
    # the same failure again, with the ordinals the other languages write: "2e annulation sur
    # ce trajet", "pour la 3e fois", "la tercera caída", "die dritte Störung"
    rf"\b{_ORDINAL} (?:\w+ )?{_FAILURE_NOUN}\b|\b(?:pour la|por (?:la )?|pela|zum) {_ORDINAL} "
    r"(?:fois|vez|mal)\b|"
    # "same main burst in August", "el mismo corte en septiembre", "dieselbe Störung im März"
    r"\bsame (?:\w+ ){0,2}(?:burst|failed|broke|went (?:down|out)|happened|fault|problem|issue|"
    rf"outage|leak)\w* (?:\w+ ){{0,3}}?(?:in|on|back in|last) (?:{_MONTHS}|\d|year|month|week)|"
    rf"\b(?:el |la |lo )?mism[oa] (?:\w+ ){{0,6}}?(?:en|el) {_MONTHS}|\b(?:o |a )?mesm[oa] "
    rf"(?:\w+ ){{0,6}}?(?:em|no|na) {_MONTHS}|\b(?:das|der|die|den|dem) (?:gleiche[nr]?|selbe[nr]?) "
    rf"(?:\w+ ){{0,6}}?im {_MONTHS}|\bdiese(?:lbe|lben|r ?selbe) (?:\w+ ){{0,6}}?im {_MONTHS}|"
    rf"\b(?:le |la )?m[êe]me (?:\w+ ){{0,6}}?en {_MONTHS}|"
    # the same failure month after month: "2nd month running", "third billing mix-up this year"
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th) (?:\w+ )?(?:month|week|day|year|"
    r"quarter|order|delivery|shipment|invoice|bill)s? (?:running|in a row)|(?:two|three|four|five|"
    r"several) (?:months|weeks|orders|deliveries|shipments|invoices|bills) running|"
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:\w+ )?(?:mix-?ups?|glitch\w*|screw-?ups?|"
    r"hiccups?|overcharges?|faults?|leaks?|blackouts?|power cuts?|mess(?:-up)?) (?:this|in the last|"
    r"since|of the) (?:year|month|week|quarter|season)\b|"
    # a second attempt or the replacement failed as well
    r"(?:second|third|2nd|3rd) (?:delivery|attempt|shipment|visit|repair|fix|unit|one) "
    r"(?:\w+ ){0,8}?(?:wrong|broken|damaged|faulty|late|missing|failed|cancell?ed|short|defective|"
    r"cracked|no-?show|never came|didn'?t (?:come|work|show))\b|(?:the )?(?:replacement|new "
    r"one|new unit) (?:\w+ ){0,2}(?:was |is |has |also |arrived |came )+(?:also )?(?:broken|"
    r"damaged|faulty|wrong|defective|dead|cracked|failed)|(?:el|la) (?:segund[oa]|reemplazo|"
    r"sustitut[oa]|repuesto|nuev[oa]) (?:\w+ ){0,4}(?:tambi[ée]n|lleg[óo]|vino) (?:\w+ ){0,2}"
    r"(?:rot[oa]|da[ñn]ad[oa]|defectuos[oa]|mal|equivocad[oa])|(?:o|a) (?:segund[oa]|substitut[oa]|"
    r"reposi[çc][ãa]o|troca|nov[oa]) (?:\w+ ){0,4}(?:tamb[ée]m|veio|chegou) (?:\w+ ){0,2}"
    r"(?:quebrad[oa]|danificad[oa]|com defeito|errad[oa])|(?:ersatz\w*|austauschger[äa]t|"
    r"zweite[rs]?|neue[rs]?) (?:\w+ ){0,4}(?:auch|ebenfalls|wieder) (?:\w+ ){0,2}(?:kaputt|defekt|"
    r"besch[äa]digt|falsch)|(?:le|la) (?:remplacement|produit de remplacement|deuxi[èe]me|"
    r"seconde|nouveau|nouvelle) (?:\w+ ){0,4}(?:aussi|[ée]galement|encore) (?:\w+ ){0,2}"
    r"(?:cass[ée]e?|d[ée]fectueu\w*|ab[îi]m[ée]e?|endommag[ée]e?)"
)
"""The same failure again, written as a count of months or attempts: "wrong beans shipped 2nd
month running", "second delivery ... was the wrong colour", "el reemplazo también llegó roto"."""
_CUES: dict[Signal, str] = {
    "churn": _CHURN_MORE_2 + "|" + _LEAVING + "|"
    rf"{_CHURN_MORE}|"
    r"cancel(?:l?ing|l?ed)? (?:(?:my|her|his|their|our|the) )?(?:account|subscription|"
    r"contract|membership|service|policy|plan|card)|close (?:my|her|his|their|the) "
    r"account|(?:switch|move|moving|switching|go|going) (?:\w+ )?to (?:a |another )?"
    r"(?:competitor|rival|another (?:bank|provider|airline|carrier|vendor|supplier|insurer|"
    r"operator|hotel))|competitors?|alternatives?|other (?:providers?|vendors?|suppliers?|"
    r"options|banks?|airlines?|carriers?|insurers?)|leave us|leaving (?:us|you)|"
    r"(?:won'?t|will not|not) (?:be )?renew\w*|churn|take (?:our|their|my|his|her) business "
    r"(?:elsewhere|somewhere)|take it elsewhere|looking elsewhere|take (?:their|the) money "
    r"elsewhere|(?:dar(?:me|se|nos)?|doy|da|damos|dan|dará|daré) de baja|cancelar (?:\w+ )?(?:cuenta|suscripci[oó]n|contrato|"
    r"servicio|p[oó]liza|tarjeta|conta|assinatura|plano|ap[oó]lice|cart[aã]o)|cambiar(?:me|nos)? "
    r"(?:de|a) (?:banco|compa[ñn][ií]a|proveedor|operador|aseguradora)|irme a la competencia|"
    r"competencia|concorr[eê]ncia|(?:pedir|pedi|pediu|pedindo|solicitar|solicitou|fazer|fiz|fez|vou "
    r"fazer) (?:a )?portabilidade|mudar de (?:banco|operadora|seguradora)|"
    r"trocar de (?:banco|operadora|seguradora|empresa)|k[üu]ndig\w*(?! (?:\S+ ){0,4}an\b)|"
    r"(?:anbieter|bank) wechseln|"
    r"wechseln zu|zur konkurrenz|konkurrenz|"
    # the customer's own cancelling, not a contract "résilié par erreur" by us
    r"r[ée]sili(?:er|ation|e|es|ons|ent|erai\w*|erons|eront|erait|erions)\b|changer (?:de banque|"
    r"d'op[ée]rateur|d'assureur|de fournisseur)|concurrence|aller (?:voir )?ailleurs|"
    r"quitter (?:votre|la) (?:banque|compagnie)|(?:to|pra|para|zu|à|a|an) (?:(?:an?|um|uma|un|una|"
    r"einer?|einen|une|der|die) )?(?:another|other|outr[oa]|otr[oa]|anderen?|autre) (?:bank|banco|banque|provider|"
    r"proveedor|fornecedor|anbieter|fournisseur|carrier|operadora|operador|seguradora|aseguradora|"
    r"versicherung|assureur|company|empresa|firma|compa[ñn][ií]a|companhia|compagnie|gesellschaft|platform|plataforma|plateforme|plattform|app|"
    r"aplicaci[oó]n|aplicativo|servicio|servi[çc]o|service|dienst|school|escuela|escola|[ée]cole|"
    r"schule|gym|gimnasio|academia|studio|club)|other (?:guys|carriers?|vendors?)|"
    r"quotes? from (?:other|another|competing|rival|several|different)|getting quotes|market the renewal|shop(?:ping)? around|(?:take|takes|taking) it "
    r"to tender|\btender\b|\brfp\b|la competencia|à la concurrence|(?:not|never) (?:flying|"
    r"shopping|booking|staying|banking|ordering) with (?:you|us) again|(?:vou|voy a|vamos a|"
    r"i'?ll|i will|we will|we'?ll|going to|gonna|je vais|nous allons|ich werde|wir werden) "
    r"(?:\w+ )?(?:cancel|cancelar|k[üu]ndigen|r[ée]silier)|no trabajamos con vosotros|"
    r"n[ãa]o trabalhamos mais|part of (?:that|the renewal) conversation|revendo a distribui[çc][ãa]o|"
    r"reconsider\w* (?:the|our) (?:renewal|contract|budget)|"
    r"clos(?:e|ing) (?:my|the|our|his|her|their|all (?:my|our|their)) accounts?|(?:move|moving|take|taking) (?:my|our|his|her|their) (?:money|business|custom|accounts?|savings|mortgage|policy|policies|contract|pension|portfolio|investments) (?:elsewhere|away|to)|switch(?:ing)? (?:provider|supplier|bank|carrier|insurer|vendor)s?|look(?:ing)? for (?:another|a new) (?:provider|supplier|bank|vendor|carrier|insurer)|evaluat\w* (?:other|alternative|competing)|in talks with (?:a |another )|talking to (?:another|other|a competitor|competitors)|we'?re done|i'?m done with|last straw|never (?:use|buy from|book with|fly with|shop with|bank with|order from) (?:you|us) again|won'?t be (?:coming back|back|returning|renewing)|not coming back|(?:lose|losing) (?:us|our business|the account|a customer)|pull (?:the|our|their) (?:contract|account|business)|(?:end|terminate|terminating|ending) (?:the|our|their|my) (?:contract|agreement|relationship|subscription)|terminat\w+ (?:the|our|their) (?:contract|agreement)|notice (?:to|of) terminat\w+|break clause|unsubscrib\w*|port(?:ing)? (?:my|her|his|the|our) numbers?|portar (?:el|mi|su) n[úu]mero|me (?:voy|cambio) (?:a|con) otr[oa]|cambiarme de (?:compa[ñn][ií]a|banco|operador|aseguradora)|rescin(?:d\w*|s[ãa]o|sion)|no (?:vuelvo|volver[ée]|volveremos)|buscar otr[oa] (?:proveedor|compa[ñn][ií]a|banco|aseguradora)|cancelar (?:a|o|la|el|mi|su) (?:conta|contrato|plano|assinatura|seguro|cuenta|suscripci[oó]n|p[óo]liza|servicio)|vou (?:sair|mudar|trocar)|nunca mais|encerrar (?:a |minha |sua )?conta|levar (?:a conta|o contrato|os neg[óo]cios|a empresa)|outra operadora|k[üu]ndige|konto (?:aufl[öo]sen|schlie[ßs]en|k[üu]ndigen)|vertrag (?:beenden|k[üu]ndigen)|nie wieder|woanders hin|zu einem anderen anbieter|changer de (?:banque|fournisseur|op[ée]rateur|prestataire|compagnie|assurance)|aller (?:voir )?(?:à la concurrence|chez un concurrent)|fermer (?:mon|son|le|notre) compte|cl[ôo]turer|mettre fin (?:au|à notre) contrat|ne plus jamais|"
    r"threaten\w* to (?:cancel|leave|switch|close|move|terminate|walk)|(?:will|going to|might|could|may|about to|plans? to|wants? to|ready to) (?:leave|walk away|go elsewhere|switch|move away)|walk away|ditch(?:ing)? (?:us|you)|drop(?:ping)? (?:us|you) (?:for|as)|renewal (?:is )?(?:at risk|in doubt|in question|on hold|uncertain)|amenaz\w* con (?:irse|cancelar|darse de baja|cambiarse|dejar)|amea[çc]\w* (?:cancelar|sair|trocar|mudar)|droht mit (?:k[üu]ndigung|wechsel|abwanderung)|menace de (?:r[ée]silier|partir|changer|quitter)|"
    r"(?:considering|thinking (?:about|of)|planning (?:on)?|looking (?:at|into)) (?:moving|switching|leaving|going|changing)|clos(?:e|ing) all (?:his|her|my|our|their) accounts?|anbieter (?:zu )?wechseln|(?:la |de )?compa[ñn][ií]a (?:de la competencia)|"
    r"in talks[\"”']? with|(?:to|with) (?:an?other|a different|a rival|a competing|a cheaper) "
    r"(?:\w+ )?(?:provider|platform|school|vendor|supplier|bank|carrier|company|firm|agency|partner|"
    r"venue|hotel|airline|insurer|operator|network|university|college|broker|tool|service)|"
    r"take (?:\w+ ){0,4}to (?:another|a different|a rival|a competitor|the competition)|"
    r"price (?:an |up an? )?(?:alternative|other|rival)|(?:auf dem )?pr[üu]fstand|"
    r"(?:stellen|steht) (?:(?!nicht\b|kein\w*\b)\w+ ){0,3}in frage|[üu]berdenken|remettre en (?:cause|question)|"
    r"(?:regard\w*|voir|chercher|aller) ailleurs|replante\w+ (?:el|la|nuestra)|"
    r"(?:buscar|mirar) (?:en )?otr[oa]s? (?:lado|sitio|opciones|proveedor\w*)|"
    r"(?:procurar|olhar|avaliar) (?:outr[oa]s?|concorrentes)|"
    r"(?:woanders|anderweitig) (?:schauen|suchen|umsehen|umschauen)|(?:uns|mich) (?:nach "
    r"alternativen )?umsehen|rethink\w* (?:the|our) (?:relationship|contract|partnership)|"
    r"(?:weigh\w*|decid\w*|wonder\w*|question\w*|deciding) (?:up )?whether to (?:stay|renew|"
    r"continue|keep)|(?:oferta|propuesta|presupuesto|proposta|or[çc]amento|angebot|offre|devis) "
    r"(?:\w+ ){0,2}(?:de|da|do|von|d'|d'une|d'un) (?:otr[oa]|outr[oa]|einem anderen|einer anderen|"
    r"une autre|un autre|la competencia|concorrente|konkurrenz|concurrent)|"
    r"alternativ(?:as|os|en|es)\b|appel d'offres|"
    # their business moved to a named other ("moving the shop to Shopify", "move it all to
    # Google Photos"), an account opened or a proposal sought there, quotes from others
    r"(?:mov\w*|switch\w*|tak\w*|port\w*|transfer\w*|shift\w*|tak(?:e|ing) (?:\w+ )?over) "
    r"(?:the shop|her shop|his shop|their shop|the store|the site|the account|(?:the|all|her|his|"
    r"their|our) accounts|the business|(?:our|their|her|his) business|the fleet|the contract|"
    r"everything|it all|all of it|all (?:her|his|their|our) \w+|(?:her|his|their|our) (?:\w+ )?"
    r"(?:work|spend|volume|payroll|lines|numbers|photos|files|data|books|freight|travel))"
    r"(?: over)? to (?!(?-i:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|"
    r"Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b))(?-i:[A-Z][\w&.-]+)|"
    r"(?:opened|opening|open) (?:an? )?(?:new )?account (?:with|at) (?-i:[A-Z][\w&.-]+)|"
    r"(?:get|getting|got|asked for|requested|request|invited|seeking|sought) (?:a |an )?"
    r"(?:proposal|bid|pitch|tender|offer|quote|quotation)s? from (?-i:[A-Z][\w&.-]+(?: [A-Z][\w&.-]+)*+)(?! (?:for|"
    r"to) (?:the |a |her |his |their )?(?:repairs?|fix\w*|work|replacement|damage|restor\w*))|"
    r"(?:he'?ll|she'?ll|they'?ll|he will|she will|they will|he'?s going to|she'?s going to|"
    r"they'?re going to) (?:\w+ )?(?:cancel|leave|switch|close|move (?:to|over)|walk)|"
    r"vergleichsangebot\w*|(?:angebote|offerten) (?:\w+ )?(?:bei|von) anderen|"
    r"presupuestos? (?:a|de|con) otr[oa]s|cotiza\w* (?:con|de|a) otr[oa]s|cota[çc][õo]es (?:com|de) "
    r"outr[oa]s|devis (?:chez|aupr[èe]s) d'autres|devis ailleurs|"
    # talks opened with someone else, assets moved to them, a rival's demo, "why stay?"
    r"(?:begun|began|begin|started|starting|opened|entered|holding|having) (?:\w+ )?(?:talks|"
    r"conversations|negotiations|discussions) (?:with|w/)|"
    r"(?:transf[ée]r\w*|transferir|transfer|move|moving|mover|retirar|sacar|abziehen|"
    r"[üu]bertragen|verlegen) (?:\w+ )?(?:ses|mes|nos|leurs|sus|mis|nuestros|seus|meus|nossos|"
    r"os|his|her|my|our|their|sein\w*|ihr\w*|mein\w*|unser\w*) (?:avoirs|actifs|fonds|"
    r"[ée]pargne|placements|activos|fondos|ahorros|inversiones|ativos|fundos|investimentos|"
    r"recursos|assets|funds|savings|investments|portfolio|depot|verm[öo]gen|geld|ersparnisse)|"
    r"(?:asked|requested|booked|scheduled|pidi[óo]|pidieron|solicit[óo]|agend[óo]|pediu|"
    r"pediram|solicitou|agendou|demand[ée]|angefragt|angefordert) (?:\w+ ){0,2}(?:demo|d[ée]mo|"
    r"demonstra[çc][ãa]o|trial|prueba|teste|essai|testversion) (?:a|from|with|de|com|à|chez|"
    r"bei|von|da|do) (?!us\b|nosotros\b|n[óo]s\b|nous\b|uns\b)|"
    r"why (?:(?:should|would) (?:we|they|i|he|she)|(?:we|they|i|he|she) (?:should|would)) "
    r"(?:stay|keep|remain|renew)|por qu[ée] "
    r"(?:deber[ií]an?|deber[ií]amos) (?:quedarse|quedarnos|seguir|continuar)|por que "
    r"(?:deveriam|deveria|dever[ií]amos|devemos) (?:continuar|ficar)|pourquoi (?:devrions-nous|"
    r"devraient-ils|devrait-il|devrait-elle) rester|pourquoi rester|warum (?:sollten wir|sollten "
    r"sie|sollte er|sollte sie|sollte ich) (?:bleiben|weitermachen)|licitaci[oó]n|licita[çc][ãa]o|ausschreibung|"
    r"(?:remplacer|reemplazar|sustituir|substituir|ersetzen|replace) (?:\w+ ){0,2}(?:votre|vos|su|"
    r"sus|seu|sua|voc[êe]s|ihre[nm]?|euch|you|your)",
    "legal": _LEGAL_MORE + "|"
    r"(?-i:\b(?:GC|CLO)\b)|(?:seek|claim|pursue|sue for|reserv\w* the right to (?:seek|claim)) "
    r"(?:\w+ )?damages|daños y perjuicios|perdas e danos|schadens?ersatz\w*|dommages[- ]et[- ]"
    r"int[ée]r[êe]ts|"
    r"lawyers?|attorneys?|solicitors?|legal action|legal proceedings|\bsue\b|suing|"
    r"lawsuit|\bcourt\b|small claims|litigation|counsel|law firm|letter before action|"
    r"cease and desist|on behalf of (?:our|my) client|legal (?:team|department) (?:of|for) "
    r"(?:the customer|our client)|abogad\w*|demanda(?:r|remos|rá)?\b|demand(?:ar(?:nos|les|te|la|lo)|ar[áa]n?|aremos)\b|juicio|tribunal\w*|"
    r"acci[oó]n legal|v[ií]a judicial|despacho de abogados|burofax|carta notarial|"
    r"advogad\w*|processo judicial|processar|a[çc][ãa]o judicial|justi[çc]a|"
    r"notifica[çc][ãa]o extrajudicial|juizado|rechtsanw[äa]lt\w*|anwalt\w*|anw[äa]lt\w*|"
    r"kanzlei|klage\w*|verklagen|gericht\w*|rechtliche schritte|abmahnung|avocats?|"
    r"poursuites?|mise en demeure|proc[èe]s|action en justice|huissier|we act for|this firm "
    r"represents|(?:issue|commence|start|bring) proceedings|instructed to|reserves? all rights|"
    r"wir vertreten|unsere[rn]? mandant\w*|vollmacht|representamos a|nuestr[oa] representad[oa]|"
    # their legal department asking us for records
    r"(?:rechtsabteilung|legal (?:department|team)|departamento jur[ií]dico|service juridique|"
    r"jur[ií]dico) (?:\S+ ){0,12}?(?:angefordert|fordert|requested|asked for|wants|demanded|"
    r"solicit[óo]|solicitou|pidi[óo]|pediu|demand[ée]|exige)|"
    r"acciones judiciales|acci[oó]n judicial|en nombre y representaci[oó]n|a[çc][õo]es judiciais|"
    r"em nome e representa[çc][ãa]o|au nom et pour le compte|im namen und (?:im )?auftrag|"
    r"im namen (?:des|der|unsere[rs]|meine[rs]) (?:kunden|kundin|mandant\w*)|en nombre de "
    r"(?:nuestr[oa]|mi) (?:cliente|representad[oa])|au nom de (?:notre|mon|ma) client\w*|"
    r"em nome d[oa] nossa cliente|nous repr[ée]sentons|notre mandant",
    "regulator": _REGULATOR_MORE + "|"
    r"regulators?|ombudsman|ombudsperson|"
    r"information commissioner|data protection authority|"
    r"financial ombudsman|attorney general|consumer protection (?:agency|bureau|office)|"
    r"trading standards|department of transportation|"
    r"defensor del (?:cliente|pueblo|asegurado)|banco de espa[ñn]a|"
    r"banco central|"
    r"consumidor\.gov|bundesnetzagentur|schlichtungsstelle|"
    r"verbraucherzentrale|aufsicht\w*|m[ée]diateur|"
    r"autorit[ée] de (?:contr[ôo]le|r[ée]gulation)|regulador|reguladora|organismo "
    r"regulador|[óo]rg[ãa]o regulador|complaint with the (?:state|government)|"
    r"office for civil rights|mat[ée]riovigilance|oficina (?:de atenci[oó]n "
    r"al usuario|del consumidor)|\bs[öo]p\b|luftfahrt-bundesamt|ouvidoria|"
    r"\bombudsm[ae]n\b|energy ombudsman|independent adjudicator|(?-i:\bOIA\b)"
    r"|(?-i:\b(?:FCA|CFPB|FTC|Ofcom|OFCOM|Ofgem|OFGEM|Ofwat|ICO|FOS|CAA|FCC|SEC|FINRA|OCC|AFCA|ACMA|CRTC|AEPD|CNMC|OMIC|CNMV|PROFECO|Profeco|PROCON|Procon|BACEN|Bacen|ANATEL|Anatel|ANEEL|Aneel|ANAC|Anac|ANS|SUSEP|Susep|BaFin|BAFIN|CNIL|ANPD|Anpd|DGSFP|DGCCRF|ACPR|ARCEP|Arcep|AMF|HHS|ANSM|SÖP|söp|SöP|LBA|DOT|Consumo)\b)|"
    r"(?:complaint|complain|report\w*|escalat\w*|file\w*) (?:\w+ ){0,3}(?:to|with) (?:the )?(?:regulator|ombudsman|authority|commission|commissioner|agency|bureau|watchdog|department of insurance|insurance (?:department|commissioner)|public (?:utilities|service) commission)|consumer (?:rights|protection|affairs) (?:agency|office|authority|body|bureau|department)|watchdog|supervisory authority|insurance commissioner|department of insurance|public utilit\w+ commission|(?-i:\b(?:PRA|CMA|ASA|CQC|Ofsted|FAA|FDA|CPSC|NHTSA|OCR|PUC|CONDUSEF|SERNAC|INDECOPI|DGSFP|AESA|FACUA|OCU|ANVISA|CVM|SENACON|Senacon|ERSE|ANACOM|DECO|ASF|CMVM|ERSAR|EBA|ESMA|UFC)\b)|junta arbitral|arbitraje de consumo|hoja de reclamaciones|libro de reclamaciones|livro de reclama[çc][õo]es|direcci[oó]n general de seguros|superintendencia|defesa do consumidor|banco de portugal|ombudsstelle|ombudsmann|aufsichtsbeh[öo]rde|datenschutzbeh[öo]rde|datenschutzbeauftragte\w*|versicherungsombudsmann|beschwerde bei (?:der|dem) (?:bafin|bundesnetzagentur|aufsicht|beh[öo]rde|schlichtungsstelle)|d[ée]fenseur des droits|signal ?conso|autorit[ée] de contr[ôo]le|"
    r"(?:oficina|servicio|junta|instituto|direcci[oó]n|agencia) (?:\w+ ){0,2}de(?:l)? consum\w*|"
    r"organismo de consumo|[óo]rg[ãa]o de defesa|"
    r"board of (?:pharmacy|nursing|medicine|health|education|dentistry)|(?:state|medical|"
    r"licensing|nursing) board|health (?:department|authority|inspector\w*)|"
    r"department of (?:health|labou?r|education)|food (?:safety|standards) (?:agency|authority)|"
    r"environmental health|agence r[ée]gionale de sant[ée]|(?-i:\bARS\b)(?!\s?[\d$])|gesundheitsamt|"
    r"landesbeauftragte\w*|beauftragte\w* f[üu]r (?:den )?datenschutz|sanidad|vigil[âa]ncia "
    r"sanit[áa]ria|inspe[cç]\w* (?:de trabajo|do trabalho|sanitari\w*)|"
    r"(?:complain\w*|complaint|report\w*|file\w*|filing|escalat\w*|lodg\w*|signalement|"
    r"gemeldet|melden|meldung|denunci\w*|notific\w*|queja|quejarse|reclamaci[oó]n|reclamar|denuncia\w*|reclama[çc][ãa]o|queixa|den[úu]ncia|beschwerde|beschweren|plainte|r[ée]clamation|saisir|signaler)\b[^.\n]{0,40}?\b(?:to|with|at|an|bei|à|aupr[èe]s de|ante|na|no|junto [àa]|al|a la|en la|en el)\s+(?:the |la |el |a |o |der |die |le |l')?(?-i:[A-Z]{2,6}|[A-Z][a-z]+ (?:Commission|Authority|Ombudsman|Bureau|Board|Agency))\b",
    "privacy": _PRIVACY_MORE_2 + "|" + _PRIVACY_MORE_3 + "|"
    rf"{_SENT_TO_SOMEONE_THEY_KNOW}|{_PRIVACY_MORE}|"
    # someone else's record received, one person's records shown to others, data out in a leak
    r"(?:eines anderen|einer anderen) (?:patienten|kunden|person|patientin|kundin|sch[üu]ler\w*|"
    r"abonnent\w*|nutzer\w*|versicherten|mieter\w*|mitglied\w*)|"
    r"(?:an|zu) (?:einen|eine|einem) (?:anderen|fremden) (?:kunden|kundin|patienten|patientin|"
    r"person|empf[äa]nger\w*)|"
    r"d'une? autre (?:patient|client|personne|[ée]l[èe]ve|abonn[ée]|usager|utilisat|assur[ée]|"
    r"locataire|adh[ée]rent)\w*|de otr[oa] (?:paciente|cliente|persona|alumn[oa]|abonad[oa]|"
    r"usuari[oa]|asegurad[oa]|inquilin[oa]|soci[oa])|de outr[oa] (?:paciente|cliente|pessoa|"
    r"alun[oa]|assinante|usu[áa]ri[oa]|segurad[oa]|inquilin[oa]|associad[oa])|"
    r"(?:showed|shown|displayed|mostrou|mostr[oó]|mostrad[oa]|zeigte|gezeigt|angezeigt|"
    r"affich[ée]\w*) (?:\w+ ){0,8}(?:to|para|a|f[üu]r|an|[àa]) (?:\w+ )?(?:other|outr[oa]s|"
    r"otr[oa]s|andere\w*|d'autres|autres) (?:\w+ )?(?:parents|pais|padres|eltern|customers|"
    r"clientes|kunden|clients|users|usu[áa]rios|nutzer\w*|patients|pacientes|patienten|people|"
    r"pessoas|personas)|(?:apr[èe]s|after|tras|ap[óo]s|nach) (?:la |the |a |o |dem |der |el )?"
    r"(?:fuite|leak|filtraci[oó]n|vazamento|datenleck|breach)|"
    rf"{_PERSONAL_RECORD}[^.\n]{{0,60}}{_OTHER_PERSON}|{_OTHER_PERSON}[^.\n]{{0,60}}"
    rf"{_PERSONAL_RECORD}|(?:exposed|leaked|disclosed|filtr\w+|vaz\w+|offengelegt|divulgu\w+) "
    rf"(?:\w+'? ){{0,2}}(?:card|bank|account|personal|contact)? ?{_PERSONAL_RECORD}|"
    r"someone else'?s (?:data|details|statement|account|information|records?|"
    r"documents?|invoice)|(?:another|other) (?:customer|client|patient|person|guest)'?s? "
    r"(?:data|details|statement|account|information|records?|invoice|name|address)|"
    r"sent (?:to|it to) (?:the )?wrong (?:person|customer|address|email|recipient)|"
    r"wrong (?:recipient|person) (?:got|received)|personal (?:data|details|information)|"
    r"data (?:breach|leak|protection)|\bgdpr\b|\bhipaa\b|leaked|exposed (?:\w+ )?(?:data|"
    r"details|information)|could see (?:other|another|someone)|"
    r"datos personales|datos de otr[oa]|\blopd\b|\blgpd\b|dados pessoais|dados de outr[oa]|"
    r"vazamento|filtraci[oó]n|\bdsgvo\b|datenschutz\w*|personenbezogene|daten (?:eines|einer) "
    r"anderen|\brgpd\b|donn[ée]es personnelles|donn[ée]es d'un autre|fuite de donn[ée]es|"
    r"(?:sent|posted|mailed|e-?mailed|delivered|went|gone|shown|given) to (?:a |an )?(?:different|"
    r"another|other|wrong|some other) (?:\w+ )?(?:patient|customer|client|person|business|tenant|"
    r"account|recipient|household)|(?:went|gone|sent) to (?:a stranger|someone else)|"
    r"(?:some )?other tenant|cross-tenant|"
    r"enviad[oa]s? a otr[oa] (?:cliente|paciente|persona)|enviad[oa]s? para outr[oa] "
    r"(?:cliente|paciente|pessoa)|an (?:einen|eine) andere[nr]? (?:kunde|kundin|patient\w*) "
    r"(?:geschickt|gesendet)|envoy[ée]e?s? à un autre (?:client|patient)|"
    r"a stranger'?s (?:data|details|account|order|statement|information|records?)|(?:sent|mailed|e-?mailed|shown|disclosed|exposed|shared|leaked|gave|given) (?:out )?(?:my|her|his|their|our) (?:personal )?(?:details|data|information|address|records|statement|documents|file|passport|id|medical records|results)|could (?:see|access|view) (?:other|another|someone|strangers)|(?:details|data|information|account|records?) (?:was|were) (?:visible|shown|exposed|leaked|shared|disclosed|accessible)|\bbreach\b|privacy|data protection officer|\bdpo\b|\bpii\b|medical records|protecci[oó]n de datos|privacidad|datos de otra persona|se filtraron|informaci[oó]n confidencial|privacidade|vazamento de dados|dados de outra pessoa|vazaram|datenleck|datenpanne|daten (?:einer|eines) anderen|offengelegt|confidentialit[ée]|vie priv[ée]e|donn[ée]es d'une autre personne|divulgu[ée]|"
    r"sim[- ]?swap\w*|port[- ]out fraud|(?:saw|see|seen|accessed|got into|read|reset) (?:all )?"
    r"(?:her|his|their|my) (?:new |home |e-?mail )?(?:address|e-?mails?|details|records|"
    r"messages|history)|what (?:he|she|they|someone) could see|"
    r"(?:faxed|e-?mailed|sent|posted|mailed) to (?:the wrong|another|a different|an unrelated) "
    r"(?:\w+ )?(?:number|address|practice|office|company|firm|clinic)|"
    r"ended up (?:at|with|in) (?:a |an |another |the wrong )|wrong (?:fax )?(?:number|address|"
    r"e-?mail address) on file|(?:an|bei) (?:eine[rnm]? )?(?:andere[nrm]?|falsche[nrm]?|"
    r"fremde[nrm]?) \w+ (?:gelandet|geschickt|gesendet|versendet|gefaxt|gegangen)|"
    r"bei einer? \w+ gelandet|falsche[nr]? (?:faxnummer|nummer|adresse|e-mail-adresse|"
    r"empf[äa]nger\w*)|(?:llegaron|acabaron|fueron) (?:a parar )?(?:a|en) (?:otr[oa]|manos de)|"
    r"foram parar (?:em|n[ao]|com)|(?:atterri|arriv[ée]s?) chez (?:un autre|une autre|un tiers)|"
    r"(?:records?|data|files?|documents?|details|statements?|results?|invoices?) (?:that )?"
    r"(?:aren'?t|are not|weren'?t|were not|isn'?t) theirs",
    "safety": _HAZARDS + "|"
    r"(?:no|on the|en el|en la|am|auf dem|sur le|sur la) (?:acostamento|hard shoulder|arc[ée]n|"
    r"standstreifen|seitenstreifen|bande d'arr[êe]t d'urgence|roadside|berma|cuneta)|"
    r"(?:went|taken|rushed|sent|brought|go|gone|going) to (?:the )?(?:er|a&e|emergency|hospital)\b|"
    r"\b\d+ (?:\w+ ){0,2}(?:got|fell|became|were|have been) (?:sick|ill)\b|(?:-|−|minus |moins |"
    r"menos )\d{1,2} ?(?:°|º|degrees|grados|graus|grad|degr[ée]s) ?c?\b|"
    r"allerg\w*|anaphyla\w*|injur\w*|burn(?:ed|t|s)?\b|caught fire|"
    r"smell(?:ed|s|ing)? (?:of )?burn(?:ing|t)|struggling to (?:breathe|swallow|walk|stand)|"
    r"(?:can'?t|cannot|unable to) (?:breathe|swallow)|shaking (?:badly|uncontrollably)|tremors?|"
    r"seizures?|convuls\w*|chest pains?|dificultad(?:es)? para respirar|no puede respirar|"
    r"temblores|falta de ar|tremores|krampfanf[äa]ll\w*|zittert stark|du mal [àa] respirer|"
    r"tremblements|without (?:his|her|their) (?:medication|medicine|meds|treatment)|sin (?:su )?"
    r"(?:medicaci[oó]n|medicamento|tratamiento)|sem (?:o |seu |a sua )?(?:rem[ée]dio|medica[çc][ãa]o|"
    r"medicamento)|ohne (?:seine|ihre) (?:medikamente|medikation)|sans (?:ses|son) (?:m[ée]dicaments?|"
    r"traitement)|ox[ií]geno|oxig[êe]nio|oxyg[èe]ne|sauerstoff\w*|nebuli[sz]\w*|ventilator|"
    r"respirador|cpap|di[áa]lise|di[áa]lisis|dialyse|(?:key|keycard|access) to (?:her|his|their|my) "
    r"(?:room|home|house|flat|apartment)|(?:llave|chave|schl[üu]ssel|cl[ée]) (?:de|da|do|zu|zum|de "
    r"la) (?:su |sua |ihre[mn]? |sa )?(?:habitaci[oó]n|quarto|zimmer|chambre)|"
    r"smoke|electric(?:al)? shock|sparks?|gas leak|carbon monoxide|oxygen|insulin\w*|"
    r"life support|severe pain|in (?:severe |a lot of )?pain|needle ?stick|brake\w*|bremse\w*|"
    r"frenos?|freios?|freins?|dor intensa|dolor (?:intenso|fuerte)|starke schmerzen|"
    r"douleurs? (?:intense|forte)s?|atemnot|adrenalin|s'est piqu[ée]e|choc anaphylactique|"
    r"urticaire|urgencias|pronto-socorro|rettungswagen|klinikum|coughing|"
    r"food poisoning|unsafe|hazard\w*|choking|emergency room|\ber\b visit|a&e|ambulance|"
    r"hospitali[sz]\w*|wrong (?:medication|medicine|dose|dosage|prescription)|mou?ld\b|"
    r"health risk|safety|alergi\w*|lesi[oó]n|herid\w*|quemad\w*|incendio|humo|descarga "
    r"el[ée]ctrica|intoxicaci[oó]n|urgencias|peligro\w*|seguridad (?:del|de la) (?:producto|"
    r"paciente)|queimad\w*|pegou fogo|fuma[çc]a|choque el[ée]trico|intoxica[çc][ãa]o|"
    r"pronto[- ]socorro|perig\w*|verletz\w*|verbrannt|in brand geraten|rauch|stromschlag|"
    # fire and gas told as what happened: "ist in Flammen aufgegangen", "le chauffe-eau fuit du gaz"
    r"in flammen|went up in flames|burst into flames|prendi[óo] fuego|se incendi[óo]|"
    r"en llamas|en flammes|fuit du gaz|perd du gaz|leak(?:s|ing) gas|escapa gas|vaza(?:ndo)? g[áa]s|"
    r"lebensmittelvergiftung|notaufnahme|gef[äa]hr\w*|allergi\w*|bless[ée]\w*|br[ûu]l\w*|"
    r"pris feu|fum[ée]e|[ée]lectrocut\w*|intoxication|urgences|dangereu\w*|sant[ée]|"
    r"got hurt|was hurt|hurt (?:himself|herself|themselves|his|her)|\bcut (?:his|her|their) (?:hand|finger|foot|leg|arm|face)|bleeding|fell (?:down|over|off)|tripped (?:over|on (?:the|a) (?:step|stairs|cable|wire|floor|carpet|rug|kerb|curb))|(?:she|he|i|they|we|guest|customer|patient|resident|passenger|child|son|daughter|mother|father|wife|husband) slipped|slipped (?:on|and fell|in the|down)|collapsed|fainted|epi-?pen|hospitali[sz](?:ed|ation)|(?:taken|rushed|admitted|went|gone|sent|ended up|brought|"
    r"go) (?:\w+ ){0,2}(?:to|into|in) (?:the |a )?(?-i:hospital)|in (?-i:hospital)\b|(?:levad[oa]s?|"
    r"internad[oa]s?|foi|fomos|correr|corri) (?:\w+ ){0,2}(?:ao|para o|pro|no) hospital|"
    r"(?:llevad[oa]s?|ingresad[oa]s?|fue|fuimos|termin[óo]) (?:\w+ ){0,2}(?:al|en el) hospital|"
    r"ingresad[oa]s?\b|internad[oa]s?\b|hospitalis[ée]e?s?\b|ins krankenhaus (?:\w+ )?"
    r"(?:gebracht|eingeliefert)|station[äa]r aufgenommen|\ba ?& ?e\b|emergency (?:room|department|services)|poison\w*|sick after (?:eating|drinking)|vomit\w*|contaminat\w*|\brecall\b|dangerous|short[- ]circuit|electrocut\w*|explo(?:ded|sion)|melt(?:ed|ing)|smell(?:ed)? (?:of )?gas|gas smell|\bco alarm|asbestos|exposed wires|broken glass|steering|airbag|tyre (?:blew|burst)|wheel came off|medication error|overdose|(?:no|without) (?:heating|heat) (?:in|during) (?:winter|the cold)|ran out of (?:his|her|their)? ?(?:medication|medicine|insulin|oxygen)|lesi[oó]n|herid[oa]s?|sangr\w*|se cay[oó] (?:al suelo|por las escaleras|de la|del)|desmay\w*|reacci[oó]n al[ée]rgica|ambulancia|envenen\w*|peligroso|chispas|cortocircuito|explot\w*|olor a gas|fuga de gas|mon[óo]xido|moho|medicamento equivocado|les[ãa]o|ferid[oa]s?|caiu (?:da escada|do (?:banco|telhado)|de (?:cara|costas|joelhos|altura|moto|bicicleta|escada)|no ch[ãa]o|na escada|e (?:se )?machuc\w*)|(?:ela|ele|a senhora|o senhor|a paciente|o paciente) caiu|desmai\w*|rea[çc][ãa]o al[ée]rgica|ambul[âa]ncia|perigoso|fa[íi]scas|curto-circuito|explod\w*|cheiro de g[áa]s|vazamento de g[áa]s|mofo|bolor|rem[ée]dio errado|verletzung|verletzt|verbrennung|blutet|gest[üu]rzt|ohnm[äa]chtig|allergische reaktion|krankenhaus|notarzt|vergiftung|gef[äa]hrlich|feuer|funken|kurzschluss|explodiert|gasgeruch|gasleck|kohlenmonoxid|schimmel|falsches medikament|blessure|saign\w*|tomb[ée]e? (?!en panne)|[ée]vanoui\w*|r[ée]action allergique|h[ôo]pital|\bsamu\b|court-circuit|explos\w*|odeur de gaz|fuite de gaz|monoxyde|moisissures?|mauvais m[ée]dicament|"
    r"intoxic\w*|se enferm\w* (?:tras|despu[ée]s de) comer|"
    r"(?<!no )(?<!non-)smok(?:ed|ing)\b|scorch\w*|singed|(?:battery|charger|akku|bateria|bater[ií]a|"
    r"batterie|plug|socket)\w* (?:\w+ ){0,4}(?:overheat\w*|swell\w*|swollen|melt\w*|caught fire|"
    r"exploded|hot to the touch|sobrecalent\w*|superaquec\w*|[üu]berhitz\w*|surchauff\w*)|"
    r"t[ée]l[ée]-?assistance|teleasistencia|teleassist[êe]ncia|hausnotruf|notrufknopf|"
    r"(?:medical|personal|care|emergency) (?:alarm|pendant|alert)|panic button|lifeline|"
    r"(?:can'?t|cannot|could not|couldn'?t) (?:call|reach|dial) (?:911|999|112|emergency)|"
    r"protective order|restraining order|order of protection|stalk\w*|orden de alejamiento|"
    r"medida protetiva|kontaktverbot|n[äa]herungsverbot|ordonnance de protection|"
    r"(?:fears?|afraid) for (?:her|his|their|my) (?:safety|life)|police (?:are|were) involved|"
    r"(?:sin|without|no|sem|ohne|keine|pas de|sans) (?:\w+ )?(?:calefacci[oó]n|heating|heat|"
    r"aquecimento|heizung|chauffage)\b[^.|\n]{0,80}(?:-\s?\d+\s?°\s?[cf]?|bajo cero|below (?:zero|freezing)|"
    r"freezing|sub-zero|abaixo de zero|minusgrade|unter null|en dessous de z[ée]ro|glacial)|"
    r"(?:insulin|inr|blood sugar|dose)\w* (?:\w+ ){0,3}dangerously|dangerously (?:high|low)|"
    r"\d+ ?mg instead of|instead of the prescribed|spark(?:s|ing|ed)\b|(?:she|he|they|i) "
    r"(?:\w+ )?fell\b|came off in (?:her|his|my) hand|se quem[oó]|se ha quemado|se queimou|"
    r"hat sich (?:\w+ )?verbrannt|s'est br[ûu]l[ée]e?|geschmort|roch verbrannt|smell of burning|"
    r"burning smell|olor a quemado|cheiro de queimado|odeur de br[ûu]l[ée]",
    "vulnerability": _YOUNG_BY_NAME + "|" + _VULNERABLE_MORE + "|"
    r"(?:kids?|children|child|bab(?:y|ies)|toddlers?|ni[ñn][oa]s|hij[oa]s|"
    r"crian[çc]as|filh[oa]s|kinder|enfants) (?:\w+ ){0,2}(?:under|menores de|de menos de|unter|"
    r"de moins de|com menos de) (?:[1-6]|one|two|three|four|five|six|uno|dos|tres|cinco|um|"
    r"dois|tr[êe]s|ein\w*|zwei|drei|f[üu]nf|un|deux|trois|cinq)\b|elderly|pensioner|retiree|in (?:her|his) (?:70|80|90)s|\b[7-9]\d[- ]?"
    r"(?:years?[- ]old|yo|a[ñn]os|anos|jahre|j[äa]hrig\w*|ans)\b|(?:\bis|\baged?|,|\()\s*"
    r"(?:7\d|8\d|9\d|1[01]\d)\s*(?:[,)]|and\b|y\b|e\b|und\b|et\b)|lives alone|vive sol[ao]|"
    r"(?:son|daughter|fils|fille|hij[oa]|filh[oa]|sohn|tochter|p[èe]re de|m[èe]re de|father of|"
    r"mother of)(?-i: [A-ZÀ-Ý][\w-]+)?,? (?:de |von )?(?:[1-9]|1[0-7])\b(?! ?(?:am|pm|h\b|:|%))|"
    r"(?:daughter|son|child|kid|boy|girl|player|user|account holder|filh[oa]|hij[oa]|tochter|sohn|"
    r"kind|fille|fils|enfant|menin[oa]|ni[ñn][oa]|jogador|jugador|spieler|joueur)(?: (?:dela|dele|"
    r"de ella|de [ée]l|ihre|seine|her|his))? (?:(?:is|es|é|ist|est|has|tiene|tem|hat|a) )?"
    r"(?:only |just |solo |s[óo] |nur |seulement )?\(?(?:[1-9]|1[0-7])(?:\)|\b)"
    r"(?! ?(?:%|am|pm|h\b|:|days?|d[ií]as|dias|tage|jours|hours?|horas|minutes|pallets|units))"
    r"(?: ?(?:years?(?: old)?|yo|a[ñn]os|anos|jahre|ans)\)?)?|"
    r"lost (?:my|his|her|their) job|single (?:mum|mom|mother|parent|dad|father)|madre soltera|"
    r"m[ãa]e (?:solo|solteira)|alleinerziehend\w*|m[èe]re c[ée]libataire|famille monoparentale|"
    r"doctor'?s (?:letter|note)|medical (?:letter|certificate|note)|certificado m[ée]dico|"
    r"atestado m[ée]dico|[äa]rztliche[sn]? attest|certificat m[ée]dical|herniated disc|slipped disc|"
    r"h[ée]rnia de disco|hernia discal|bandscheibenvorfall|hernie discale|multiple sclerosis|"
    r"(?-i:(?:has|with) MS)\b|esclerosis m[úu]ltiple|esclerose m[úu]ltipla|multiple sklerose|"
    r"scl[ée]rose en plaques|(?:reduced|limited) mobility|movilidad reducida|mobilidade reduzida|"
    r"mobilit[ée] r[ée]duite|eingeschr[äa]nkt\w* mobil\w*|kontaktverbot|n[äa]herungsverbot|"
    r"gewaltschutz\w*|ordonnance de protection|orden de protecci[oó]n|"
    r"dyslexi\w*|documented accommodation|\badhd\b|autis\w*|diabet\w*|"
    r"allerg\w*|anaphyla\w*|priority services register|disab(?:led|ility|ilities)\b|"
    r"wheelchair|blind\b|deaf\b|dementia|alzheimer\w*|cancer|chemo\w*|"
    r"terminal(?:ly)? ill|pregnan\w*|newborn|\bbaby\b|infant|toddler|(?:young|little|small|"
    r"\d{1,2}[- ]year[- ]old|\d{1,2}yo) (?:son|daughter|boy|girl|kids?|children)|"
    r"(?:a|my|our|her|his|their) (?:young |sick |disabled )?child\b|(?:alone|home) with (?:\w+ )?(?:\w+ )?(?:kids|children)|\b(?:a|is a|the|is|are|as) minors?\b(?! (?:\w+ )?(?:issue|problem|bug|damage|delay|fault|error|glitch|inconvenience|change|works?|repair|scratch|dent|incident|thing|point|detail|fix|update|outage|disruption|complaint))|\bminors?\b(?= (?:account|customer|player|user|child))|underage|under[- ]18|widow\w*|bereave\w*|passed away|"
    r"(?:husband|wife|mother|father|son|daughter|partner|mum|dad) (?:\w+ )?died|funeral|mental health|carer|caregiver|dialysis|oxygen|insulin\w*|"
    r"medical (?:equipment|condition|device)|vulnerable|ancian[oa]s?|jubilad[oa]|"
    r"discapacid\w*|embarazad\w*|falleci\w*|beb[éêe]|ni[ñn][oa]s? peque[ñn][oa]s|viud[oa]|"
    r"idos[oa]s?|aposentad[oa]|defici[êe]ncia|gr[áa]vida|faleceu|falecid\w*|crian[çc]as? pequen[oa]s|"
    r"vi[úu]v[oa]|senior citizen|pensionista|rentner\w*|behindert\w*|schwanger\w*|verstorben\w*|"
    r"kleinkind|(?:mein|unser|ihr|sein) kind\b|s[äa]ugling|witwe\w*|pflegebed[üu]rftig|[âa]g[ée]e?s?\b|retrait[ée]e?|"
    r"handicap\w*|enceinte|d[ée]c[ée]d[ée]e?|(?:jeunes|petits) enfants|b[ée]b[ée]|veu(?:f|ve)|personne [âa]g[ée]e|"
    r"\bolder (?:customer|person|man|woman|lady|gentleman)|\boap\b|retired|mobility (?:issues|scooter|aid)|visually impaired|hearing impaired|parkinson\w*|hospice|palliative|death in the family|depression|anxiety disorder|suicid\w*|learning disabilit\w*|care home|nursing home|assisted living|financial hardship|hardship|unemployed|lost (?:his|her|their) job|low income|on benefits|domestic (?:abuse|violence)|homeless|refugee|language barrier|doesn'?t speak (?:english|much english)|chronic(?:ally)? ill\w*|illness|medical condition|epilep\w*|heart condition|recovering from|in hospital|hospitali[sz]ed|(?:seriously|very|terminally|chronically|gravely) (?:sick|ill)\b|sick (?:husband|wife|child|mother|father|son|daughter|parent|relative)|anciano|jubilad[oa]|pensionista|silla de ruedas|ciego|sord[oa]|demencia|alzh[ée]imer|c[áa]ncer|quimio\w*|reci[ée]n nacid[oa]|menor(?:es)? de edad|(?:un|una|es|el|la) menor\b(?! (?:de \d|importancia|cuant\w+|obra|problema|inciden\w+|aver[ií]a|retraso|da[ñn]o))|fallecimiento|duelo|salud mental|depresi[oó]n|trastorno de ansiedad|autismo|vive sol[oa]|vulnerable|desemplead[oa]|en paro|dificultades econ[oó]micas|enfermedad|diab[ée]tic[oa]|operad[oa] de|cirug[ií]a|hospitalizad[oa]|residencia de (?:mayores|ancianos)|idos[oa]|cadeirante|cego|surd[oa]|dem[êe]ncia|quimioterapia|rec[ée]m-nascid[oa]|falecimento|luto|sa[úu]de mental|depress[ãa]o|transtorno de ansiedade|mora sozinh[oa]|vulner[áa]vel|desempregad[oa]|doen[çc]a|cirurgia|internad[oa]|\b[äa]lter(?:e|er|en)? (?:dame|herr|kunde|kundin|mensch)|seniorin|senioren|rollstuhl|gehörlos|demenz|krebs|chemo|neugeboren\w*|minderj[äa]hrig\w*|todesfall|trauer|psychisch\w*|angstst[öo]rung|autismus|lebt allein|alleinstehend\w*|arbeitslos|pflegeheim|personne [âa]g[ée]e|fauteuil roulant|aveugle|sourd\w*|d[ée]mence|chimio\w*|nouveau-n[ée]|(?:un|une|est|enfant|fils|fille|personne) mineur\w*|d[ée]c[èe]s|deuil|sant[ée] mentale|d[ée]pression|trouble anxieux|autisme|vit seule?|vuln[ée]rable|ch[ôo]mage|malade|diab[ée]tique|hospitalis[ée]e?|ehpad|"
    r"enterro|vel[óo]rio|entierro|velatorio|beerdigung|trauerfeier|obs[èe]ques|enterrement|"
    r"(?:pai|m[ãa]e|padre|madre|vater|mutter|p[èe]re|m[èe]re|marido|esposa|mari|femme) "
    r"(?:\w+ )?(?:morreu|faleceu|muri[oó]|falleci[oó]|ist gestorben|verstorben|est d[ée]c[ée]d[ée]e?)|"
    r"protective order|restraining order|orden de alejamiento|medida protetiva|"
    r"(?:ni[ñn]|hij)[oa]s (?:chic|peque[ñn])[oa]s|(?:small|young|little) (?:kids|children|ones)|"
    r"kleine[n]? kinder|petits enfants|jeunes enfants|crian[çc]as pequenas|filhos pequenos|"
    r"(?:she'?s|he'?s|she is|he is|who is|tiene|tem|ist|a) (?:7\d|8\d|9\d|1[01]\d)"
    r"(?= ?(?:and|y|e|und|et|,|\.|;|\)|$|years|a[ñn]os|anos|jahre|ans))|lives on (?:her|his|their) own|"
    r"lives by (?:her|him)self|"
    # an age written after the name ("Mrs Grace Whitman, 82, has been..."), a chronic illness
    r"(?<=[^\W\d_], )(?:7\d|8\d|9\d|1[01]\d)(?=\s*(?:,|\)|and\b|y\b|e\b|und\b|et\b))|"
    r"asthm\w*|\basma\b|asm[áa]tic[oa]|copd|\bepoc\b|\bdpoc\b|\bbpco\b|heart failure|"
    r"insuficiencia card[ií]aca|insufici[êe]ncia card[íi]aca|herzinsuffizienz|insuffisance "
    r"cardiaque|kidney (?:failure|disease)|transplant\w*|trasplant\w*|(?:had|has|suffered|after) "
    r"(?:a )?(?:\w+ )?stroke|stroke (?:patient|survivor)|\bictus\b|"
    r"schlaganfall|\bavc\b|amputee|amputad[oa]|amputiert",
    "public": _PUBLIC_MORE + "|" + _PUBLIC_MORE_2 + "|"
    r"news (?:sites?|outlets?|websites?)|(?:ran|run|running|runs|published|picked up) the story|"
    r"(?:flood\w*|all over) (?:\w+ )?socials|\bsocials\b|tweeted (?:about|it|this|that)|"
    r"\d[\d.,k]* (?:re-?posts|retweets|upvotes|shares|reactions)|"
    r"(?:local|the) (?:news)?papers?\b|newspapers?|"
    r"(?:mettre|laisser|poster|[ée]crire|publier|vais mettre) (?:des |un |mon )?"
    r"(?:avis|commentaires?)|avis partout|reviews? everywhere|rese[ñn]as por todas partes|"
    r"(?:post(?:ed|ing)?|tweet(?:ed|ing)?|writ\w+|leave|left|share\w*|go|going|put "
    r"it) (?:\w+ ){0,4}(?:on|to|about it on) (?:twitter|x\b|facebook|instagram|tiktok|"
    r"linkedin|reddit|youtube|social media|trustpilot|google|yelp|tripadvisor)|"
    r"(?:twitter|facebook|instagram|tiktok|linkedin|reddit|youtube|trustpilot|yelp|"
    r"tripadvisor|google) (?:post|thread|review|video)|social media|go(?:ing)? public|viral|"
    r"journalists?|reporters?|\bpress\b|the media|newspaper|\bbbb\b|(?:1|one)[- ]star|"
    r"bad review|public(?:ly)? review|followers|redes sociales|periodistas?|prensa|"
    r"publicar(?:lo)?|reclame aqui|imprensa|jornalistas?|redes sociais|rese[ñn]a|avalia[çc][ãa]o (?:negativa|ruim|p[ée]ssima|de (?:uma|1) estrela|no google|no reclame aqui|p[úu]blica|online)|(?:deixou|deixar|deixei|escreveu|escrever|postou|postar|publicou|publicar) (?:uma )?(?:\w+ )?avalia[çc][ãa]o|"
    r"presse|journalist\w*|[öo]ffentlich\w*|bewertung|soziale(?:n)? medien|zeitung|"
    r"r[ée]seaux sociaux|journalistes?|m[ée]dias|avis (?:n[ée]gatif|en ligne)|rendre public|"
    r"instagram|tiktok|facebook|youtube|reclame aqui|trustpilot|tripadvisor|yelp|google reviews?|"
    r"tweet(?:ed|ing|s)? at us|tagged (?:a |the )?(?:\w+ )?(?:journo|journalist|reporter|press)|"
    r"journo|visualiza[çc]\w*|\d+(?:[.,]\d)?k? (?:likes|views|retweets)|"
    r"publi[ée]\w* (?:un )?avis|avis (?:sur|google)|bad reviews?|poor reviews?",
    "repeat": _REPEAT_MORE + "|"
    # "the third entrapment since June", "é a terceira interrupção desde setembro", the
    # same as at an earlier dated event
    r"(?:this is |it'?s |that'?s )?the (?:2nd|3rd|4th|5th|second|third|fourth|fifth) (?:time|"
    r"[a-z]+)(?: in (?:that|this|the) \w+)? (?:since|in the last|in (?:the )?(?:past )?"
    r"(?:two|three|four|six|\d+) (?:months|weeks|years))\b|(?:é|foi|es|fue) (?:la |a )?"
    r"(?:segunda|terceira|tercera|quarta|cuarta) (?:\w+ ){0,2}desde|c'est la (?:deuxi[èe]me|"
    r"troisi[èe]me|quatri[èe]me) (?:\w+ ){0,2}depuis|(?:zweite|dritte|vierte)[nrs]? (?:\w+ ){0,2}"
    r"seit|(?:exactement|exactly|exactamente|exatamente|genau) (?:pareil|the same|igual|lo mismo|"
    r"o mesmo|dasselbe|das gleiche)(?: \w+){0,2} (?:au|à la|à|que|as|at|like|wie|in|en|em|"
    r"qu'au|qu'en|beim|bei) (?:the |le |la |el |o |a |dem |der |l')?(?:\w+ ){0,2}(?:de |d'|of |"
    r"in |en |em |im )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|januar|februar|"
    r"m[äa]rz|juni|juli|oktober|last (?:time|month|year))\b|"
    r"(?:[2-9]|two|three|four|zwei|drei|vier|dos|tres|duas|tr[êe]s|deux|trois) ?(?:x|"
    r"mal|times|veces|vezes|fois)\b (?:\w+ ){0,2}(?:nicht erschienen|nicht gekommen|no-?show\w*|"
    r"didn'?t (?:show|come|turn up)|no (?:vino|se present[óo])|n[ãa]o (?:veio|compareceu)|"
    r"(?:n'est|ne s'est) pas (?:venu|pr[ée]sent[ée]))|(?:second|third|fourth|segund[oa]|"
    r"tercer[oa]?|terceir[oa]|quart[oa]|zweite[rns]?|dritte[rns]?|deuxi[èe]me|troisi[èe]me) "
    r"(?:replacement|reemplazo|sustituci[oó]n|substitui[çc][ãa]o|ersatz\w*|remplacement|"
    r"austausch\w*) (?:\w+ ){0,1}(?:also|too|tamb[ée]n|tamb[ée]m|auch|aussi|as well)\b|"
    r"(?:\d+|two|three|four) ?x\b (?:na|en|em|in|im|dans|la|a) (?:the )?(?:mesma|misma|"
    r"same|m[êe]me|gleichen|selben) (?:semana|week|mes|m[êe]s|month|woche|monat|semaine|mois)|(?:cancel\w*|bloqu\w*|blocked|declined|refus\w*|annul\w*|"
    r"caiu|cay[óo]|gesperrt|abgelehnt|ausgefallen|storniert|failed|dropped|went down|crashed) "
    r"(?:\w+ ){0,2}(?:twice|\d+ ?x\b|(?:two|three|four|2|3|4|deux|trois|quatre|dos|tres|cuatro|"
    r"duas|tr[êe]s|quatro|zwei|drei|vier) (?:times|fois|veces|vezes|mal)\b)|(?:second|third|fourth|"
    r"deuxi[èe]me|troisi[èe]me|segund[oa]|tercer[oa]?|terceir[oa]|zweite[nr]?|dritte[nr]?) "
    r"(?:\w+ ){0,2}(?:de suite|in a row|seguid[oa]s?|consecutiv\w*|hintereinander|d'affil[ée]e)|"
    r"\bagain\b|second time|third time|fourth time|(?:2nd|3rd|4th|5th|\d+th) time|"
    r"(?:twice|three times|\d+ times) (?:this|in|now|already)|keeps? (?:happening|failing|"
    r"breaking|going down)|recurring|repeated(?:ly)?|pattern|not the first time|once more|"
    r"every (?:week|month)|(?:incidents?|issues?|outages?|problems?|failures?)[^.]{0,40}"
    r"(?:last|this|previous) (?:quarter|month|year|week)|previous (?:issues|incidents|"
    r"outages|problems|complaints)|(?:incidents?|outages?|issues?|complaints?) (?:before|"
    r"previously|already)|otra vez|de nuevo|nuevamente|(?:segunda|tercera|cuarta) vez|"
    r"una vez m[aá]s|de novo|outra vez|novamente|mais uma vez|(?:segunda|terceira|quarta) vez|"
    r"schon wieder|erneut|wiederholt|zum (?:zweiten|dritten|vierten|x-ten) mal|immer wieder|"
    r"[àa] nouveau|de nouveau|une fois de plus|encore une fois|(?:deuxi[èe]me|troisi[èe]me|"
    r"[ée]ni[èe]me) fois|r[ée]current\w*|same (?:error|issue|problem|mistake|thing|fault)|"
    r"(?:el|la) mism[oa] (?:error|problema|fallo|aver[ií]a)|o mesmo (?:erro|problema|defeito)|"
    r"derselbe[n]? (?:fehler|bremse|problem)|dasselbe problem|la m[êe]me (?:erreur|panne)|"
    r"le m[êe]me probl[èe]me|zweimal in|twice in (?:a|one|the same) (?:year|month|week)|"
    r"(?:hatten|hatte) wir (?:\w+ ){0,3}schon (?:mal|einmal)|schon (?:mal|einmal) (?:passiert|"
    r"gehabt)|ya (?:se )?nos (?:pas[oó]|perdi\w+)|already happened|happened before|encore "
    r"(?:personne|rien|rat[ée]|en panne|coup[ée])|\bin a row\b|seguid[oa]s|consecutiv\w*|"
    r"(?:2nd|3rd|second|third) time|"
    r"once again|yet again|for the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|(?:time|incident|outage) #\d|another (?:outage|failure|incident|error|mistake|delay|missed|no[- ]show|breakdown|double charge)|same (?:thing|issue|problem|error|mistake) (?:as|happened|again)|last (?:month|week|time|quarter|year) (?:too|as well|also)|(?:twice|three times|\d+ times|several times|multiple times|many times) (?:this|in|since|now|already|last)|keeps? (?:on )?(?:dropping|crashing|going down|happening|failing|breaking)|constantly|ongoing (?:issue|problem)|persistent|chronic|history of (?:issues|problems|failures|complaints)|previous (?:incidents?|complaints?|outages?|failures?|escalations?)|previously (?:reported|raised|complained)|already (?:reported|complained about|raised) (?:this|it)(?! (?:to|with) )|ya es la (?:segunda|tercera|cuarta) vez|por (?:segunda|tercera|cuarta) vez|(?:dos|tres|varias) veces (?:este|en|ya)|otra (?:ca[ií]da|aver[ií]a|incidencia|vez)|se repite|repetidamente|constantemente|cada (?:mes|semana)|no es la primera vez|ya hab[ií]a pasado|ya (?:ocurri[oó]|pas[oó]) (?:antes|en)|pela (?:segunda|terceira|quarta) vez|(?:duas|tr[êe]s|v[áa]rias) vezes (?:este|no|j[áa])|outra (?:queda|falha)|se repete|todo m[êe]s|toda semana|n[ãa]o [ée] a primeira vez|j[áa] aconteceu|wieder(?:um)? (?:ausgefallen|kaputt|down|passiert|falsch|gest[öo]rt|abgebucht|zu sp[äa]t|nicht)|(?:zwei|drei|mehr)mals|mehrfach|st[äa]ndig|jeden monat|nicht das erste mal|schon (?:einmal|mal) passiert|gleiche[ns]? (?:problem|fehler)|encore (?:une|un) (?:fois|panne|coupure|probl[èe]me|erreur|retard)|encore (?:tomb[ée]|en panne|coup[ée]|arriv[ée])|c'est encore|pour la (?:deuxi[èe]me|troisi[èe]me|quatri[èe]me) fois|(?:deux|trois|plusieurs) fois (?:ce|en|d[ée]j[àa])|[àa] r[ée]p[ée]tition|constamment|chaque mois|pas la premi[èe]re fois|d[ée]j[àa] arriv[ée]|m[êe]me probl[èe]me|se reproduit|recommence|"
    r"(?:das )?(?:zweite|dritte|vierte|f[üu]nfte|x-te|n-te) mal|"
    r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:\w+ )?(?:disruption|outage|"
    r"incident|cancell?ation|failure|delay|breach|error|mistake|misconnect\w*|breakdown|"
    r"missed|no-show|double charge|mis-?picks?|[\w-]+ wave) (?:since|this|in|of)|"
    r"(?:segund|tercer|cuart|quint)[oa] (?:ca[ií]da|incidencia|aver[ií]a|cancelaci[oó]n|fallo|"
    r"error|retraso)|(?:segund|terceir|quart|quint)[oa] (?:queda|falha|incidente|cancelamento|"
    r"atraso|erro)|(?:zweite|dritte|vierte|f[üu]nfte)[rn]? (?:ausfall|st[öo]rung|panne|vorfall|"
    r"fehler|versp[äa]tung)|(?:deuxi[èe]me|troisi[èe]me|quatri[èe]me) (?:panne|incident|"
    r"annulation|coupure|erreur|retard)",
    "broken_promise": r"nicht erschienen|no se (?:ha )?present[óo]|n[ãa]o (?:compareceu|apareceu)|"
    r"ne s'est (?:pas|jamais) pr[ée]sent[ée]e?|"
    r"supposed to (?:call|fix|arrive|be|get|have|refund|credit)|(?:never|nobody|"
    r"no one|no-one) (?:called|rang|got|came|replied|followed up|wrote) back|never (?:received|"
    r"got) the (?:refund|credit|call|callback)|callback (?:never|that never)|"
    r"(?:ningu[ée]m|nadie|nobody|no one|personne|niemand) (?:\w+ )?(?:apareceu|"
    r"apareci[oó]|vino|came|showed up|turned up|est venu|kam)|jamais venu|never (?:showed|"
    r"turned) up|no[- ]show|(?:crew|technician|engineer|t[ée]cnico|technicien|techniker) "
    r"(?:\w+ )?(?:never|didn'?t|did not|no|n[ãa]o|jamais|nicht) (?:showed|came|turned|vino|veio|"
    r"venu|kam)|nadie (?:le |me |nos )?volvi[oó] a llamar|(?:it|that) wasn'?t\b|"
    r"y no (?:lo hicieron|pas[oó])|e n[ãa]o (?:aconteceu|estornaram|fizeram)|"
    r"should have (?:been|arrived|called|rung|come)|was meant to|were meant to|never (?:called|"
    r"rang|came|showed|arrived|heard) back|(?:no one|nobody|no-one) (?:called|got|rang|came) back|"
    r"(?:didn'?t|did not) (?:call|ring) back|(?:didn'?t|did not) (?:get|come) back to (?:me|us|"
    r"her|him|them)\b|no call ?back|broke (?:our|their|your|its) "
    r"promise|went back on|failed to (?:call|follow up|turn up|show up|attend)|missed (?:the|a|"
    r"two|three|both|several) (?:appointments?|visits?|call ?backs?)|(?:engineer|technician|"
    r"courier|crew|installer|fitter|driver) (?:didn'?t|did not|never|failed to) (?:turn up|show|"
    r"come|arrive)|stood (?:us|her|him|them) up|quedaron en (?:llamar|venir|devolver)|"
    r"iban a (?:llamar|venir|devolver)|nunca (?:llamaron|vinieron|devolvieron|volvieron)|"
    r"nadie (?:llam[oó]|vino|volvi[oó])|(?:no|nunca) (?:vino|apareci[oó]) el t[ée]cnico|"
    r"el t[ée]cnico no (?:vino|apareci[oó])|incumpli\w+|faltaron a|ficaram de (?:ligar|vir|"
    r"retornar|devolver)|nunca (?:ligaram|retornaram|vieram)|ningu[ée]m (?:ligou|retornou|"
    r"apareceu|veio)|o t[ée]cnico n[ãa]o (?:veio|apareceu)|(?<!estamos )(?<!estaremos )(?<!vamos )descumpri\w+|n[ãa]o cumpri\w+|"
    r"niemand hat (?:zur[üu]ckgerufen|sich gemeldet)|kein r[üu]ckruf|nie zur[üu]ckgerufen|"
    r"techniker (?:kam|ist) nicht|nicht eingehalten|devait (?:rappeler|passer|venir|arriver)|"
    r"aurait d[ûu]|personne n'a (?:rappel[ée]|appel[ée])|personne n'est venu|jamais rappel[ée]|"
    r"technicien (?:n'est pas venu|ne s'est pas pr[ée]sent[ée])|pas tenu|engagement non tenu|"
    r"non respect[ée]|ten[ií]a que (?:ir|venir|llamar|llegar|pasar|estar)|no ha (?:ido|venido|"
    r"llamado|aparecido) ninguna|ninguna de las (?:dos|tres) veces|(?:tinha|tinham) que (?:vir|"
    r"ligar|chegar|passar)|deveria ter (?:vindo|ligado|chegado)|"
    r"h[äa]tten? (?:\S+ ){0,4}(?:kommen|geliefert werden|liefern|ankommen|anrufen|kommen) sollen|"
    r"deber[ií]an? haber (?:llegado|venido|llamado)|deveria[mn]? ter (?:chegado|vindo|ligado)|"
    r"aur(?:ait|aient) d[ûu] (?:arriver|venir|appeler|[êe]tre livr[ée]e?s?)|"
    r"(?:was|were) (?:assured|guaranteed) (?:that )?(?:\w+ ){0,4}would|(?:was|were) due to (?:be|"
    r"arrive|call|get|ring|come)|(?:nobody|no one|no-one|never) got back to|(?:didn'?t|did not|"
    r"never) hear (?:back|anything)|(?:hasn'?t|haven'?t|has not|have not) heard (?:back|anything)|"
    r"promise made|broken promise|promesa incumplida|promessa (?:n[ãa]o cumprida|quebrada)|"
    r"gebrochenes versprechen|promesse (?:non tenue|rompue)|(?:promesas?|promessas?|"
    r"versprechen|zusagen|promesses?|promises?)[^.\n]{0,60}?(?:nenhuma|ninguna|keine|aucune|"
    r"none) (?:\w+ )?(?:cumprida|cumplida|eingehalten|tenue|kept)|"
    # a promise told in the pluperfect is one the complaint says was not kept
    r"had (?:been )?(?:promised|assured|guaranteed)|hab[ií]a(?:n)? (?:prometido|asegurado|"
    r"garantizado)|tinha(?:m)? (?:prometido|garantido)|(?:zugesagt|versprochen|zugesichert) "
    r"hatten?|avai(?:t|ent) (?:promis|garanti|assur[ée])|"
    # an agreed price or term not honoured
    r"(?:more|higher) than (?:agreed|quoted|promised|we agreed)|instead of the agreed|"
    r"mehr als vereinbart|statt (?:der|des) vereinbarten|entgegen (?:der|unserer) vereinbarung|"
    r"m[áa]s de lo (?:acordado|pactado)|en lugar de lo (?:acordado|pactado)|mais do que o "
    r"(?:combinado|acordado)|em vez do (?:combinado|acordado)|plus que (?:pr[ée]vu|convenu)|"
    r"au lieu du (?:tarif|prix) convenu|"
    # a date given, then another: "You said the 14th. Then you said the 21st."
    r"then (?:you|they|we|u) (?:said|told|promised)|(?:y )?luego (?:me |nos |le )?(?:dijeron|"
    r"prometieron)|depois (?:me |nos |lhe )?(?:disseram|prometeram|falaram)|dann hie(?:ß|ss?) es|"
    r"puis (?:on (?:m'|nous |lui )a dit|(?:ils|vous) (?:m'|nous )?(?:ont|avez) dit)|"
    # the same promise made each time, or both times
    r"(?:each|every) time (?:i'?m|i am|we'?re|we are|she'?s|he'?s|they'?re|i was|we were|she was|"
    r"he was) (?:told|promised|assured)|(?:both|all (?:three|four)) times (?:i|we|she|he|they) "
    r"(?:was|were) (?:told|promised|assured)|cada vez (?:me |nos |le )?(?:dicen|dijeron|prometen|"
    r"prometieron)|toda vez (?:me |nos |lhe )?(?:dizem|disseram|prometem|prometeram)|(?:jedes mal|"
    r"beide(?:n)? male?|zweimal) hie(?:ß|ss?) es|(?:à )?chaque fois,? on (?:me |nous |lui )?"
    r"(?:dit|promet|a dit|a promis)|les deux fois,? on (?:m'|nous |lui )a dit|"
    # a confirmation in writing told in the pluperfect, or followed by a cancellation
    r"had (?:been )?confirmed|hab[ií]a(?:n)? confirmado|tinha(?:m)? confirmado|bestätigt hatten?|"
    r"av(?:ait|aient|iez|ions) confirm[ée]|(?:schriftlich|per mail|per e-?mail) (?:\w+ ){0,2}best[äa]tigt"
    r"[^\n]{0,160}?(?:abgesagt|storniert|gestrichen)|confirmed (?:in writing|by e-?mail)[^\n]"
    r"{0,160}?(?:cancel+ed|called off|pulled)|confirm[ée]e? par (?:écrit|e-?mail)[^\n]{0,160}?"
    r"annul[ée]e?|confirmad[oa] por escrito[^\n]{0,160}?(?:cancelad[oa]|anulad[oa])|"
    # the customer holding us to our word
    r"(?:you|your (?:\w+ )?(?:agent|colleague|rep|adviser|advisor|engineer|team)|sales|support|"
    r"reception) (?:\w+ ){0,2}told (?:us|me|her|him|them)\b",
    "chargeback": rf"{_CARD_DISPUTE}|"
    r"charge ?back|dispute (?:the|this|it|a) (?:charge|payment|transaction)|"
    r"disput\w* (?:it|this|the (?:charge|payment|transaction)) with (?:my|her|his|their|the) "
    r"(?:credit card|card|bank)|reclamar (?:el|los) cargos? (?:a|al|con|en) (?:mi|su|el) "
    r"(?:banco|tarjeta)|"
    r"dispute (?:with|through) (?:her|his|my|their|the) (?:bank|card)|card dispute|"
    r"(?:call|tell|ask) (?:her|his|my|their) (?:bank|card (?:company|issuer)) to "
    r"(?:reverse|stop|block)|reverse the (?:charge|payment)|contracargo|desconocer (?:el|los) "
    r"cargos?|disputa (?:con|en) (?:el|su|mi) (?:banco|tarjeta)|contestar (?:el|o) (?:cargo|"
    r"pagamento|d[ée]bito)|(?:pedir|pediu|vai pedir) (?:o )?estorno (?:a|ao|no|junto ao) (?:banco|cart[ãa]o|emissor)|cancelar a compra no cart[aã]o|r[üu]ckbuchung|"
    r"zahlung zur[üu]ck\w*|lastschrift zur[üu]ck\w*|widerspruch (?:bei|gegen) (?:der|die) "
    r"(?:lastschrift|bank)|r[ée]trofacturation|opposition (?:sur|à) (?:la|sa|ma) carte|"
    r"contester (?:le|la) (?:pr[ée]l[èe]vement|paiement|transaction)|charge (?:it|them|this) back|"
    r"dispute (?:the whole thing|it|everything) with (?:amex|visa|mastercard|(?:his|her|my|the) "
    r"(?:bank|card))|contest (?:it|the charge) with (?:visa|amex|mastercard|(?:his|her|the) bank)|"
    r"(?:tell|telling|ask|asking) the bank to (?:send it back|reverse)|contestar (?:as|os|a|o) "
    r"(?:duas )?(?:cobran[çc]as?|compras?) (?:com|no) (?:o )?cart[ãa]o|faire opposition|"
    r"fait opposition|opposition aupr[èe]s de (?:sa|ma|la) banque|widerspruch bei der bank",
    "abusive": rf"{_ABUSE}|"
    r"abusive|abuse[ds]? (?:our|the|my) (?:staff|agent|team|rep)|swore|swearing|"
    r"profanit\w*|insult(?:ed|ing) (?:our|the|my)|slurs?|threatened (?:our|the|my) "
    r"(?:staff|agent|rep|team|colleague)|threat(?:s|ened)? (?:of )?violence|"
    r"called (?:her|him|our agent|the agent|me) (?:an? )?(?:idiot|stupid|moron|incompetent)|"
    r"yell(?:ed|ing) (?:and|at)|screaming at|harass\w*|nos insult[óo]|me insult[óo]|"
    r"insult[óo] (?:y amenaz[óo] )?a|amenaz[óo] a "
    r"(?:nuestr|la agente|el agente)|groser[ií]as|xing(?:ou|ando)|ofendeu|amea[çc]ou(?! (?:de|em|ir|entrar|processar|cancelar|sair|trocar|levar|que)\b)|"
    r"beleidig\w*|beschimpf\w*|bedroh\w*|insult[ée] (?:notre|l'|la|le)|menac[ée] (?:notre|"
    r"l'|la|le)|injur(?:e|es|ier|i[ée])\b|useless idiot|\bidiot\b|brain-?dead|i know what car you "
    r"drive|i know where you live|"
    r"(?:called|chamou|llam[óo]|nannte|a trait[ée]) (?:\w+ ){0,3}(?:de |an? )?[\"“«]?(?:idiot\w*|"
    r"stupid|moron|incompetent\w*|useless|clown|liar|thief|imb[ée]cil\w*|idiota|est[úu]pid[oa]|"
    r"in[úu]til|burr[oa]|vagabund[oa]|ladr[ãa]o|ladr[oó]n|inkompetent|unf[äa]hig|incomp[ée]tent\w*|"
    r"cr[ée]tin\w*|voleur)|quebrar a cara|partir(?:le)? la cara|romper(?:le)? la cara|in die fresse|"
    r"casser la (?:gueule|figure)|smash (?:your|his|her) face|beat (?:you|him|her|them) up|"
    r"(?:gritou|grit[óo]|gritaba|schrie|brüllte|hurlait|a hurl[ée])|sort (?:it|you) out (?:himself|myself)|come down to the "
    r"\w+ and sort|thieving|destroy you|clowns|screaming",
    "life_event": r"comuni[oó]n|comunh[ãa]o|erstkommunion|kommunion|konfirmation|"
    r"bestattung\w*|bestatter\w*|funeral (?:home|director|bill|costs?|invoice)|pompes fun[èe]bres|"
    r"funerari[ao]|funer[áa]ria|"
    r"premi[èe]re communion|quincea[ñn]era|baby shower|despedida de solteir[oa]|"
    r"junggesellenabschied|wedding|mariage|honeymoon|move (?:her|his|their) (?:\w+ )?(?:\w+ )?(?:mother|"
    r"father|parents?)|into assisted living|house closing|moving day|anniversary|birthday|graduation|funeral|moving house|"
    r"house move|mov(?:e|ed|es|ing) (?:house|home)\b|moved into (?:a |the |her |his |their )?new "
    r"(?:house|home|flat|apartment)|se (?:muda|mudou|mudar[áa]|vai mudar) (?:para|pra) (?:o |a |um |"
    r"uma )?(?:casa|apartamento|ap[eê]|nov[oa])|se (?:muda|mud[óo]|mudar[áa]|va a mudar) (?:a|al) "
    r"(?:la |el |un |una )?(?:casa|piso|apartamento|nuev[oa])|umgezogen|d[ée]m[ée]nag(?:e|é|ée|"
    r"eons|ent|era|ions)\b|new baby|birth of|christening|baptism|bar mitzvah|job interview|exam|"
    r"boda|luna de miel|aniversario|cumplea[ñn]os|graduaci[oó]n|entierro|mudanza|bautizo|"
    r"casamento|lua de mel|anivers[áa]rio|formatura|vel[óo]rio|enterro|batizado|"
    # "mudança" is also any change ("mudança de plano"): a move is one of a home
    r"mudan[çc]a (?:de casa|para (?:o|a|um|uma) (?:casa|apartamento|cidade|nov[oa]))|mudan[çc]a "
    r"(?:de |d[ao] )?(?-i:[A-Z])[\w ]{0,20}?(?:→|->| para | pra )(?:o |a )?(?-i:[A-Z])\w*|"
    r"(?:empresa|servi[çc]o|"
    r"caminh[ãa]o) de mudan[çc]as?|(?:dia|data) "
    r"da mudan[çc]a|a mudan[çc]a (?:é|foi|ser[áa]|vai ser|est[áa] marcada)|"
    # a job interview, a birth due, an exam sat (German "Prüfung" is also any check or review)
    r"vorstellungsgespr[äa]ch\w*|bewerbungsgespr[äa]ch\w*|entretien d'embauche|entrevista de "
    r"(?:emprego|trabajo|trabalho)|(?:the |our |her |my )?baby (?:is |was )?due|due to give birth|"
    r"(?:her|my|our) due date|parto\b|entbindung\w*|geburtstermin|accouchement|dar a luz|"
    r"dar à luz|exams|(?:abschluss|abitur|f[üu]hrerschein|aufnahme|zwischen|meister|"
    r"gesellen|staats)pr[üu]fung\w*|abitur\b|staatsexamen|(?:meine|seine|ihre) pr[üu]fung\b|"
    r"pr[üu]fung (?:\S+ ){0,5}(?:schreiben|ablegen|bestehen|abgelegt|geschrieben)|(?:schreibt|schreibe|schreiben|legt|"
    r"lege) (?:\w+ ){0,3}pr[üu]fung|"
    r"hochzeit|flitterwochen|jahrestag|geburtstag|beerdigung|umzug|taufe|mariage|"
    r"lune de miel|anniversaire|concours (?:d'|de |)\w*|examens?|"
    r"exame|vestibular|oposiciones|selectividad|klausur|entrance exam|finals|enterrement|obs[èe]ques|d[ée]m[ée]nagement|bapt[êe]me",
    "financial_harm": _HARM_MORE + "|" + _KNOCK_ON + "|"
    rf"{_MONEY_TROUBLE}|"
    r"bounced|overdra\w+|overdrawn|demurrage|liegegeld|sobrestad[ií]as?|surestaries|"
    # a penalty they paid a third party because of us, credit run to its limit
    r"(?:paid|had to pay|have paid|were charged|was charged|been charged|were invoiced|"
    r"was invoiced) (?:[\w$£€.,-]+ ){0,6}(?:penalt(?:y|ies)|late[- ](?:delivery |cancell?ation )?"
    r"penalt\w+|surcharges?)\b|(?:penalt(?:y|ies)|fine)\b[^.\n]{0,60}?\b(?:which|that) (?:we|"
    r"they|she|he|I) (?:have |has |had )?(?:already )?paid|"
    r"(?:vertragsstraf|konventionalstraf|strafzahlung)\w*(?:[^.\n]|\.(?=\d)){0,120}?\b(?:bezahlt|gezahlt|"
    r"beglichen|[üu]berwiesen)|(?:bezahlt|gezahlt|zahlen (?:mussten|m[üu]ssen)) (?:\S+ ){0,6}"
    r"(?:vertragsstraf|konventionalstraf)\w*|(?:pag(?:aron|[óo]|ou|aram|ado|ámos|amos)|"
    r"pay[ée]\w*|r[ée]gl[ée]\w*) (?:\S+ ){0,6}(?:penalizaci[oó]n|multa|p[ée]nalit[ée])\w*|"
    r"(?:penalizaci[oó]n|multa|p[ée]nalit[ée])\w*[^.\n]{0,60}?\b(?:que (?:hemos|ya|tivemos de|j[áa]) "
    r"pag\w+|que pagamos|que pagaram|que nous avons (?:d[ûu] )?(?:pay|r[ée]gl)[ée]e?s?|d[ée]j[àa] "
    r"(?:pay|r[ée]gl)[ée]e?s?)|"
    r"(?:now )?(?:at|hit|reached|over) (?:their|her|his|my|our|the) (?:credit )?limits?\b|"
    r"maxed(?: out)?|(?:kredit|kontokorrent\w*|dispo\w*|rahmen) (?:\w+ ){0,3}aussch[öo]pf\w*|"
    r"ausgesch[öo]pft|au (?:plafond|maximum) (?:de (?:sa|leur|ma) )?(?:carte|d[ée]couvert)|"
    r"tope de (?:la |sus |mis )?tarjetas?|(?:miete|rate|lastschrift|zahlung)\w* "
    r"(?:\w+ ){0,2}geplatzt|late (?:fees?|payment fees?|charges?) "
    r"(?:from|with|at) (?:her|his|their|my|the) (?:bank|landlord|lender|card)|missed (?:her|"
    r"his|their|a|the) (?:mortgage|rent|loan|payroll|salary|card) payments?|credit (?:score|"
    r"rating|file)|couldn'?t (?:pay|make) (?:rent|payroll|salaries|wages|the mortgage)|"
    r"payroll run|payroll (?:was )?returned|debt collect\w*|interest charges|"
    r"rejected payments?|returned unpaid|paid (?:\w+ )?days? late|late[- ]payment penalt\w*|"
    r"direct debits? (?:were |was )?returned|devuelto el recibo|recibos? devuelto|multa e juros|"
    r"recusad[oa]s|estourou o limite|suspend\w* (?:entrega|delivery)|"
    r"salaires (?:vers[ée]s )?en retard|retard de (?:paiement|salaire)|"
    r"descubierto|sobregiro|recargos? (?:del|de su) banco|intereses de demora|"
    r"cheque especial|nome sujo|serasa|juros (?:de mora|de atraso|do cheque especial|do "
    r"cart[ãa]o|do rotativo|abusivos)|"
    r"mahngeb[üu]hr\w*|[üu]berzogen|dispo(?:kredit|zinsen|rahmen)?\b|schufa|"
    # people left unpaid, bills that could not be paid, a rent that came back, a penalty
    # running by the day
    r"(?:employees|staff|workers|drivers|salari[ée]s|empleados|trabajadores|funcion[áa]rios|"
    r"mitarbeiter\w*|chauffeurs|conductores|motoristas) (?:\w+ ){0,3}(?:(?:were|have|had) not "
    r"been paid|weren'?t paid|(?:n'ont|n'ont pas) (?:pas )?[ée]t[ée] pay[ée]s|no (?:han )?"
    r"cobrad[oa]|sin cobrar|n[ãa]o receberam|nicht bezahlt|kein (?:geld|gehalt|lohn))|"
    r"(?:can'?t|cannot|couldn'?t|unable to|no pueden|no pudieron|n[ãa]o conseguem|n[ãa]o "
    r"conseguiram|ne peuvent pas|ne pouvaient pas) (?:\w+ ){0,1}(?:pay|pagar|payer) "
    r"(?:\w+ ){0,2}(?:suppliers|staff|rent|bills|wages|proveedores|fornecedores|fournisseurs|"
    r"salaires|sal[áa]rios|n[óo]minas|alquiler|aluguel|loyer)|(?:miete|rate|lastschrift)\w* "
    r"(?:\w+ ){0,2}(?:ging|gingen|kam|kamen) zur[üu]ck|(?:charged|charging|penalty of|fined) "
    r"(?:\w+ ){0,3}[$€£]?\s?[\d.,]+k?\s?[$€£]? ?(?:/|per |a |an )(?:day|night)\b|"
    r"(?:multa|strafe|pénalité|penalidade) (?:\w+ ){0,3}[\d.,]+ ?[$€£]? ?(?:por|pro|par|al) "
    r"(?:d[ií]a|tag|jour)|"
    r"d[ée]couvert|agios|incident de paiement|fichage|p[ée]nalit[ée]s de retard|"
    r"(?:cuenta|conta|konto|compte) (?:\w+ ){0,2}(?:en negativo|no negativo|negativ\w*|im minus|"
    r"[àa] d[ée]couvert|in the red)|went (?:into (?:the )?)?(?:overdrawn|into the red|negative)|"
    r"(?:devolvieron|devolveram|returned|bounced) (?:\w+ ){0,3}(?:la hipoteca|el pr[ée]stamo|"
    r"la cuota|a presta[çc][ãa]o|o financiamento|the mortgage|(?:her|his|their) mortgage|"
    r"el alquiler|o aluguel|the rent|"
    r"(?:her|his|their) rent|la renta)|(?:el banco|o banco|the bank|die bank|la banque) "
    r"(?:\w+ ){0,2}(?:cobr[óo]|cobrou|charged|berechnet\w*|factur[ée]) (?:\w+ ){0,3}"
    r"(?:comisi[oó]n|comiss[ãa]o|(?:a )?fee|geb[üu]hr|frais)",
}
_PROMISED = re.compile(
    r"\b(?:promised|were promised|was promised|assured|guaranteed|committed to|confirmed (?:it|that "
    r"it)|confirmed (?:[^.\n]{0,40}?)(?:would|will|'d|'ll)|"
    # confirmed in writing or by message, written that it would happen, in five languages
    r"confirmed (?:[\w-]+ ){0,3}?(?:(?:to|with) (?:me|us|her|him|them|the \w+) )?(?:by (?:e-?mail|sms|text|phone|"
    r"letter|message)|in writing|on the phone)|"
    r"wrote (?:to (?:me|us|her|him|them) )?that (?:[^.\n]{0,60}?)(?:would|will)|"
    r"qued(?:[óo]|aron) (?:por escrito |por tel[ée]fono )?en|confirm(?:[óo]|aron|ad[oa]s?) "
    r"(?:(?:\w+ ){0,3}por (?:escrito|correo|e-?mail|sms|tel[ée]fono|carta)|para)|confirm(?:ou|aram) "
    r"(?:por (?:escrito|e-?mail|sms|telefone|carta)|que|para)|"
    r"(?:schriftlich|per (?:e-?mail|mail|sms|brief)|telefonisch) (?:\w+ ){0,2}best[äa]tigt|"
    r"best[äa]tigt am|confirm[ée]e?s? (?:par (?:courrier|e-?mail|mail|[ée]crit|sms|t[ée]l[ée]phone)|"
    r"le versement|la livraison|la date)|(?:sei|seien|w[üu]rde|w[äa]re) (?:\w+ ){0,3}in \d+"
    r"(?:[-–]\d+)? (?:werk)?tagen|"
    r"(?:(?:was|were|been|we|they|you|sales|support|reception|agent|rep|\w+) )?told "
    r"(?:[^.\n]{0,60}?)"
    r"(?:would|'d|will|'ll|was (?:all )?(?:sorted|done|fixed|noted|cancell?ed))|said (?:\w+ ){0,3}"
    r"(?:would|'d|will)|prometi\w*|promet\w*|promess\w*|promesa\w*|"
    r"asegur(?:aron|amos|[oó])|garantiz(?:aron|amos|[oó])|confirmamos|(?:nos|me|le|les) dijeron|"
    r"le dijimos|dijeron que|(?:nos|me|le|les) dijo|disseram|dissemos|garanti(?:ram|mos|u)|asseguraram|versprochen|"
    r"zugesagt|zugesichert|zusage|versichert|(?:wurde|hat) (?:mir|ihm|ihr|uns) (?:\w+ ){0,3}gesagt|"
    r"hie(?:ß|ss?) es|sollte (?:eigentlich|bis)|s'[ée]tai(?:t|ent) engag[ée]e?s?|se comprometi[óo]|"
    r"se comprometeu|hat sich verpflichtet|promis\w*|assur[ée]\w*|(?:m'|nous |lui |leur |a |"
    r"avait |avez |aviez )garanti[es]?|on (?:m'|lui |nous )a dit|vous (?:nous )?(?:aviez|avez) "
    r"(?:\w+ )?dit|m'a dit que)\b",
    re.I,
)
"""A promise, kept or not: it is broken only where the text says it was not kept."""
_NOT_KEPT = re.compile(
    r"\b(?:hasn'?t|has not|haven'?t|have not|hadn'?t|didn'?t|did not|never|nothing|no one|nobody|"
    r"no-one|not (?:yet|done|happened|arrived|fixed|been|received|come|called|delivered|sorted|"
    r"removed|processed|refunded)|still (?:not|no|hasn'?t|shows|says|nothing|waiting|broken|"
    r"charging|in transit|hasn'?t)|wasn'?t|weren'?t|isn'?t|aren'?t|yet to|y nada|nada|no ha|"
    r"no han|nadie|todav[ií]a no|sigue sin|siguen sin|ninguna|ning[uú]n|nunca|lleva \d+|"
    r"n[ãa]o (?:veio|chegou|aconteceu|resolveu|foi|fizeram|ligaram|retornaram|cumpr\w+|caiu|"
    r"estava|estavam|havia|constava)|no (?:apareci[óo]|vino|lleg[óo]|cumpli\w+)|ya pas(?:[óo]|aron)|"
    r"(?:an|einer?|einen|die|eine andere) (?:\w+ ){0,2}vergeben|missing|(?:was|were) short|"
    r"only \d+ (?:of|turned up|arrived|came)|attribu[ée]e?s? [àa] (?:un|une) autre|"
    r"nenhum[a]?|ningu[ée]m|ainda n[ãa]o|j[áa] s[ãa]o|mas nada|nichts|niemand|keine?r?|trotzdem|"
    r"(?:nicht|nie) (?:\w+ )?(?:kam|erfolgte|passierte|geschah|gekommen|passiert|erledigt|eingetroffen|angekommen|zur[üu]ckgerufen|"
    r"erstattet|gemacht|geliefert|korrigiert|gestoppt)|rien|personne|jamais|toujours pas|"
    r"pas (?:venu|arriv\w+|fait|re[çc]u|rappel\w+|livr\w+)|non tenu|mais rien|aucun\w*|"
    r"comprometid[oa]|ya no|doch nicht|"
    r"none of (?:them|these|those|it)|none (?:happened|came)|"
    r"neither|nem (?:um|uma)|weder|still|encore|toujours|sigue|contin[úu]a|ainda|immer noch|"
    r"nach wie vor|y no|e n[ãa]o|aber nicht|but (?:didn'?t|never|no)|mais (?:ne|n'|rien)|"
    # time gone by since the promise: "ya han pasado tres semanas", "cela fait trois semaines"
    r"(?:kam|kamen|erschien|passierte|geschah|kommt|meldete sich|rief) (?:\w+ )?(?:nicht|nie)|"
    r"that was (?:last|over a|more than a|a) (?:week|month)|c'[ée]tait (?:la semaine derni[èe]re|"
    r"il y a)|eso fue (?:la semana pasada|hace)|isso foi (?:semana passada|h[áa])|das war (?:letzte "
    r"woche|vor)|with no (?:\w+ )?(?:refund|reply|answer|call|callback|news|update)|it'?s now|"
    # still waiting, no news: "seguimos esperando", "sin noticias", "sans suite"
    r"seguimos (?:esperando|sin)|continuamos (?:esperando|sem|sin)|estamos esperando|ainda "
    r"(?:estamos )?esperando|sin noticias|sem not[íi]cias|no news|silence since|sans suite|"
    r"rest[ée]e? sans (?:suite|r[ée]ponse)|(?:wir )?warten (?:immer )?noch|j'attends toujours|"
    r"nous attendons toujours|"
    # a new story after the promise: "ahora me dicen que...", "depois que não tinha prestador"
    r"now (?:they|you|we) (?:say|tell)|ahora (?:me |nos |le )?dicen|agora (?:me |nos |lhe )?"
    r"dizem|jetzt hei(?:ß|ss)t es|maintenant on (?:me |nous |lui )?dit|n[ãa]o (?:tinha|havia)|"
    r"no hab[ií]a|there (?:was|were) no|es gab kein\w*|il n'y avait (?:pas|plus|aucun)|"
    r"(?:ya )?han pasado|ya pasaron|j[áa] (?:faz|fazem|passaram|se passaram)|cela fait|[çc]a fait|"
    r"(?:ist|sind) (?:schon |jetzt |bereits )?(?:\w+ )?(?:tage|wochen|monate) (?:her|vergangen)|"
    r"it'?s been (?:over |more than )?(?:\d+|two|three|four|five|six|a|an) (?:days|weeks|months)|"
    r"it is now|(?:weeks?|days?|months?) later|(?:semanas|d[ií]as|meses|dias|jours|semaines|"
    r"wochen|tage|monate) (?:despu[ée]s|depois|plus tard|sp[äa]ter))\b",
    re.I,
)
_FIRM_PROMISE = re.compile(
    r"promis|confirm|garant|guarant|assur|asegur|zugesagt|zugesichert|versprochen|best[äa]tigt",
    re.I,
)
"""A promise in so many words, not a "they said": only its failure can be a thing called off."""
_CALLED_OFF = re.compile(
    r"\b(?:missed|cancell?ed|cancelad[oa]|anulad[oa]|abgesagt|storniert|annul[ée]e?|given away|"
    r"gave (?:it|(?:the|our|my|her|his) \w+) (?:away|to)|se liber[óo]|ya lo tiene|verpasst|"
    # promised again and again
    r"(?:two|three|four|five|several|multiple|many|[2-9]) times|every time|una y otra vez|"
    r"immer wieder|jedes mal)\b",
    re.I,
)
"""What was firmly promised called off, missed, given to someone else, or promised again."""
_KEPT_WINDOW = 240
"""How far after a promise (characters, about two sentences) its failure is looked for."""


_OURS = re.compile(
    r"\b(?:we|our|nosotros|hemos|le dijimos|prometimos|confirmamos|garantizamos|dissemos|"
    r"prometemos|garantimos|a gente|n[óo]s|nous|wir|unser\w*)\b",
    re.I,
)
_NUMBER_WORDS = {
    "one": 1, "un": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "une": 1, "ein": 1, "eine": 1,
    "einen": 1, "two": 2, "dos": 2, "dois": 2, "duas": 2, "deux": 2, "zwei": 2, "three": 3,
    "tres": 3, "três": 3, "trois": 3, "drei": 3, "four": 4, "cuatro": 4, "quatro": 4,
    "quatre": 4, "vier": 4, "five": 5, "cinco": 5, "cinq": 5, "fünf": 5, "six": 6, "seis": 6,
    "sechs": 6, "seven": 7, "siete": 7, "sete": 7, "sept": 7, "sieben": 7, "ten": 10, "diez": 10,
    "dez": 10, "dix": 10, "zehn": 10,
}  # fmt: skip
_UNIT_HOURS = (
    (r"hours?|horas?|heures?|stunden?", 1),
    (r"days?|d[ií]as|dias|jours|tagen?", 24),
    (r"weeks?|semanas|semaines|wochen", 168),
    (r"months?|mes(?:es)?|m[êe]s(?:es)?|mois|monate?n?", 720),
)
_SPAN = re.compile(
    rf"(?<![\d$€£.,] )\b(?P<n>\d+|{'|'.join(_NUMBER_WORDS)}) (?:business |working )?"
    rf"(?P<unit>{'|'.join(unit for unit, _ in _UNIT_HOURS)})\b",
    re.I,
)
_WINDOW = re.compile(
    r"\b(?:in|within|en|em|sous|dans|dentro de|innerhalb(?: von)?|binnen|no prazo de|d'ici) "
    r"(?:(?:the )?next )?$",
    re.I,
)


def _hours(m: re.Match[str]) -> float:
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    unit = m.group("unit")
    return count * next(h for pattern, h in _UNIT_HOURS if re.fullmatch(pattern, unit, re.I))


_TENURE_AROUND = re.compile(
    r"(?:customer|client\w*|cliente|kund\w*|member|membre|socio|s[óo]cio|with us|con nosotros|"
    r"com a gente|bei uns|chez nous)\b[^.\n]{0,12}$|^\s*(?:with us|as a customer|de cliente|"
    r"como cliente|als kund\w*|comme client|chez nous|bei uns|con nosotros|conosco)",
    re.I,
)
"""A span that is how long they have been a customer ("a customer for 3 months") is no
time gone by since a promise."""


def _window_passed(text: str, promise: re.Match[str]) -> bool:
    """A promise with a window ("a callback within 24 hours", "sous 48 heures") and a longer
    span told as gone by ("seven weeks", "trois semaines"): the window has passed."""
    spans = [
        s
        for s in _SPAN.finditer(text)
        if not _TENURE_AROUND.search(text[max(0, s.start() - 30) : s.start()])
        and not _TENURE_AROUND.search(text[s.end() : s.end() + 30])
    ]
    window = next(
        (
            s
            for s in spans
            if promise.start() <= s.start() <= promise.end() + 60
            and _WINDOW.search(text[max(0, s.start() - 25) : s.start()])
        ),
        None,
    )
    if window is None:
        return False
    return any(s is not window and _hours(s) > _hours(window) for s in spans)


_NO_PROMISE = re.compile(
    r"\b(?:can'?t|cannot|could not|couldn'?t|won'?t|will not|didn'?t|did not|haven'?t|have not|"
    r"hasn'?t|has not|never|not|sin|sem|ohne|nicht|nie|kein\w*|pas|n'ai|n'a|n'avons|n[ãa]o|nunca|"
    r"aucune?|ning[uú]n\w*|nenhum\w*)"
    r"\s+(?:\w+\s+)?$|\bno\s+(?:(?:me|nos|le|les|se|one|body)\s+)?$",
    re.I,
)
""""Can't promise it settles by 9am", "I haven't promised him anything": no promise made."""


def _promise_not_kept(text: str) -> re.Match[str] | None:
    """A promise whose failure is told after it, or just before it on the same line when it
    was made to the customer ("the order never came. They told her Friday for sure"), or
    whose window has visibly passed; a promise said not to have been made is none."""
    for m in _PROMISED.finditer(text):
        if _NO_PROMISE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _NOT_KEPT.search(text, start, min(len(text), m.end() + _KEPT_WINDOW)):
            return m
        if _FIRM_PROMISE.match(m.group(0)) and _CALLED_OFF.search(
            text, start, min(len(text), m.end() + _KEPT_WINDOW)
        ):
            return m
        line = text.rfind("\n", 0, m.start()) + 1
        before = text.rfind(".", line, max(line, start - 1)) + 1 or line
        if not _OURS.search(text, start, m.end()) and _NOT_KEPT.search(
            text, max(line, before), start
        ):
            return m
        if _window_passed(text, m):
            return m
    return None


_NEGATABLE: frozenset[Signal] = frozenset(
    {
        "churn",
        "legal",
        "regulator",
        "public",
        "chargeback",
        "abusive",
        "privacy",
        "safety",
        "broken_promise",
    }
)
_CONDITIONAL = re.compile(r"\b(?:if|unless|si|se|wenn|falls|caso|sinon|otherwise|or)\b", re.I)
"""A negation inside a condition ("if it is not fixed, I'll cancel") keeps the threat."""
_SHORT_WITH = re.compile(r"(?<![\w\\])with(?![\w])")
"""Agents write "w/" for "with" ("opened a dispute w/ amex", "done w/ you"): every cue that
says "with" also reads it."""
_CUE_RE: dict[Signal, Alternation] = {
    name: Alternation(rf"(?<![\w])(?:{_SHORT_WITH.sub('(?:with|w/)', cue)})(?![\w])", re.I)
    for name, cue in _CUES.items()
}
_REPEAT_NOT = re.compile(
    r"relanc\w*|(?:chas|follow)\w* (?:\w+ ){0,3}(?:for|up) the|"
    # chasing us for the third time: "appelle pour la 3e fois", "llama por tercera vez"
    r"(?:appel\w*|t[ée]l[ée]phon\w*|[ée]cri\w*|llam\w*|escrib\w*|escrev\w*|lig[ao]\w*|ruf\w*|"
    r"schreib\w*|calls?|calling|called|e-?mail\w*|writ\w*|wrote|contact\w*) (?:\w+ ){0,2}"
    r"(?:pour la|por (?:la )?|pela|zum|for the)\b|"
    r"(?:try|tried|log(?:ged)? ?in|sign(?:ed)? ?in|call(?:ed)?|calling|ring(?:ing)?|contact|write|"
    r"chat|e-?mail(?:ed)?|start|"
    r"restart|reboot|check|book|order|fly|stay|buy|use) (?:\w+ )?again|with (?:you|us) again|"
    r"(?:on the (?:phone|line)|in touch|in the chat|back on) again|"
    r"(?:give|leave|write|recommend|renew|visit|come back|do business) (?:\w+ ){0,4}again|"
    r"(?:ligar|llamar|tentar|intentar|probar|anrufen|versuchen|rappeler|essayer|appeler|chat|"
    r"escrever|escribir|schreiben|[ée]crire|ligou|llam[óo]|relanc\w*) "
    r"(?:\w+ )?(?:de novo|otra vez|de nuevo|nochmal|noch einmal|encore|[àa] nouveau)",
    re.I,
)
_THEIR_OWN_CLIENT = re.compile(
    r"\b(?:(?:their|his|her) (?:biggest |largest |main |best |key |own )?(?:clients?|customers?|"
    r"stockists?|distributors?|buyers?|retailers?)|(?:su|sus|seu|seus|sua|suas) (?:principal |"
    r"mayor |maior )?(?:clientes?|distribuidor\w*)|(?:ihr|ihre|sein|seine)[nmr]? (?:gr[öo][ßs]"
    r"te[nr]? )?(?:kunden?|kundin|h[äa]ndler\w*)|(?:leurs?|ses|son|sa) (?:plus gros |principal )?"
    r"(?:clients?|cliente|distributeurs?))(?:, [^,.\n]{1,40},)? (?:\S+ ){0,4}$",
    re.I,
)
"""The customer's own client leaving them is their loss, not our churn: "their biggest
stockist, Corvel Fine Foods, is talking about switching"."""
_IF_AGAIN = re.compile(
    r"\b(?:if|unless|should it|wenn|falls|caso|si (?:vuelve|se repite|pasa|ocurre|arrive|se "
    r"reproduit|recommence)|se (?:acontecer|voltar|repetir|houver|tornar))\b",
    re.I,
)
"""A repeat told as a condition ("se acontecer de novo no Natal", "if it happens again"):
what they will do next time, not a failure that came back."""
_ABUSE_REPEATED = re.compile(
    r"beschimpf\w*|beleidig\w*|bedroh\w*|angeschrien|insult\w*|threaten\w*|swore|swearing|"
    r"called (?:her|him|me|us|our)|amenaz\w*|xing\w*|ofend\w*|injuri\w*|menac\w*",
    re.I,
)
""""Hat sie mehrfach als 'unfähige Kuh' beschimpft": abuse said more than once is abuse,
not a failure that keeps coming back."""
_SAME_STORY = re.compile(
    r"^[\s,\"”']*(?:(?:on|el|el d[ií]a|am|le|no dia|em|by|at)\s+(?:the\s+)?\d|(?:no|na|on the|"
    r"al|am|au|en el|en la|in the) (?:telefone|tel[ée]fono|telefon|t[ée]l[ée]phone|phone|chat|"
    r"line|linha|l[ií]nea|hotline|balc[ãa]o|counter|desk)\b)",
    re.I,
)
"""'again on the 20th', 'y otra vez el 26': the next step of the same incident, and 'de novo
no telefone', 'again on the phone': the customer chasing us; neither is a repeat."""


@dataclass(frozen=True)
class Hit:
    name: str
    evidence: str


_SIGN_OFF = re.compile(
    r"^[ \t]*(?:--[ \t]*$|(?:kind |best |warm |many )?regards|best(?: wishes)?|thanks(?: again)?|"
    r"thank you|cheers|sincerely|yours (?:sincerely|faithfully|truly)|saludos(?: cordiales)?|"
    r"un saludo|atentamente|cordialement|bien (?:cordialement|[àa] vous)|salutations|"
    r"mit freundlichen gr[üu](?:ß|ss)en|(?:viele|beste|liebe) gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e|"
    r"atenciosamente|abra[çc]os|cumprimentos|sent from my \w+(?: \w+)?|enviado desde mi \w+|"
    r"von meinem \w+ gesendet|envoy[ée] de mon \w+)[ \t]*[,.!]?[ \t]*$",
    re.I | re.M,
)
_NEXT_MESSAGE = re.compile(
    r"^[ \t]*(?:-{3,}|_{3,}|(?:from|de|von|da|subject|asunto|assunto|betreff|objet)[ \t]*:|"
    r"on .{0,80}wrote:|el .{0,80}escribi[óo]:|em .{0,80}escreveu:|am .{0,80}schrieb|"
    r"le .{0,80}a [ée]crit[ \t]*:|>)",
    re.I | re.M,
)
_DISCLAIMER = re.compile(
    r"intended recipient|legally privileged|privileged and confidential|"
    r"confidentiality notice|(?:e-?mail|message)(?: and any attachments)? (?:is|are|may be|may "
    r"contain|contains?) (?:\w+ )?(?:confidential|privileged)|registered in england|"
    r"(?:authori[sz]ed and )?regulated by the",
    re.I,
)
"""What makes a sentence a disclaimer; it never spans a full stop or a line break."""


def _disclaimers(text: str) -> str:
    """Each sentence (up to its full stop, or its line) holding a disclaimer, as spaces."""
    out: list[str] = []
    done = 0
    for start, end in sentences(_DISCLAIMER, text):
        out += [text[done:start], " " * (end - start)]
        done = end
    return "".join(out) + text[done:]


def _boilerplate(text: str) -> str:
    """An email's sign-off and what follows it (name, job title, company, footer), up to the
    next message in the thread, and disclaimer sentences, as spaces: "General Manager, Sunrise
    Care Home Ltd" under "Kind regards" says who wrote, not what happened."""
    out = _disclaimers(text)
    for m in reversed(list(_SIGN_OFF.finditer(out))):
        nxt = _NEXT_MESSAGE.search(out, m.end())
        end = nxt.start() if nxt else len(out)
        out = out[: m.start()] + re.sub(r"[^\n]", " ", out[m.start() : end]) + out[end:]
    return out


@lru_cache(maxsize=512)
def blank(text: str) -> str:
    """False friends and email boilerplate replaced by spaces, so offsets (and evidence) stay
    the same."""
    return _FALSE_FRIENDS.sub(_spaces, _boilerplate(text))


def _spaces(m: re.Match[str]) -> str:
    """The false friend as spaces; a word it names that is a fact of its own ("the room is
    *taken* by a wedding": taken still tells a promise was not kept) stays."""
    keep = m.group("keep")
    if keep is None:
        return " " * len(m.group(0))
    left = m.start("keep") - m.start()
    return " " * left + keep + " " * (len(m.group(0)) - left - len(keep))


def evidence(text: str, start: int, end: int) -> str:
    """The sentence around a match, as the agent will see it on the facts card."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(".", end), text.find("\n", end)) if i != -1), default=len(text)
    )
    return " ".join(text[left:right].split())[:160]


def _negated(before: str, language: str) -> bool:
    negation = _NEGATION.search(before) or (_NO.search(before) if language != "pt" else None)
    if negation is None:
        return False
    return not _CONDITIONAL.search(before[max(0, negation.start() - 30) : negation.start()])


def signals(issue: str, whole: str, language: str = "en") -> list[Hit]:
    """The signals the customer's issue carries; a broken earlier promise is read on the
    whole text, since it is often told in what we tried ("we promised a callback")."""
    out: list[Hit] = []
    cleaned = {"issue": blank(issue), "whole": blank(whole)}
    for name, pattern in _CUE_RE.items():
        source = "whole" if name == "broken_promise" else "issue"
        text = cleaned[source]
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if name in _NEGATABLE and _negated(before, language):
                continue
            if name == "churn" and (
                CLIENT_LOST_TO_OTHER.search(text, max(0, m.start() - 80), m.end())
                or _THEIR_OWN_CLIENT.search(text[max(0, m.start() - 80) : m.start()])
            ):
                continue
            if name == "repeat" and (
                _IF_AGAIN.search(text[max(0, m.start() - 25) : m.start()])
                or _REPEAT_NOT.search(text[max(0, m.start() - 30) : m.end()])
                or _SAME_STORY.search(text[m.end() : m.end() + 16])
                or _ABUSE_REPEATED.search(text[max(0, m.start() - 40) : m.end() + 60])
            ):
                continue
            original = issue if source == "issue" else whole
            out.append(Hit(name, evidence(original, m.start(), m.end())))
            break
    found = {hit.name for hit in out}
    for name, start, end in framed(cleaned["issue"], language):
        before = cleaned["issue"][max(0, start - 40) : start]
        if name not in found and not _negated(before, language):
            found.add(name)
            out.append(Hit(name, evidence(issue, start, end)))
    if "safety" not in found and (m := _unsafe_without(cleaned["issue"])):
        found.add("safety")
        out.append(Hit("safety", evidence(issue, m.start(), m.end())))
    if not any(hit.name == "broken_promise" for hit in out) and (
        m := _promise_not_kept(cleaned["whole"])
    ):
        out.append(Hit("broken_promise", evidence(whole, m.start(), m.end())))
    return out


def privacy_breach(text: str) -> re.Match[str] | None:
    """Where personal details reached, or were seen by, someone they do not belong to."""
    return _CUE_RE["privacy"].search(blank(text))
