"""Tenure, renewal, deadlines and how long the failure lasted, read against an
injectable today.

Every pattern works on text whose number words are already digits
(`numbers.with_digits`). Durations of the problem itself ("down for 3 days",
"seit 3 Wochen kaputt") are not tenure: a tenure needs a customer cue, or a
year count without any product or age cue around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from graph.understanding.money import FIRST_TIME, snippet
from graph.understanding.numbers import NUMBER, parse_number
from graph.understanding.when import weekday_number

_N = rf"(?P<n>{NUMBER}|a|an|one|un|una|um|uma|ein|eine|einem|einer)"
_COUNT = rf"(?P<n>{NUMBER}|one|um|uma|un|una|ein|eine)"
"""A count without the article "a": "a year with us" follows a sum, not a tenure."""
_YEARS = r"years?|yrs?|y\b|años?|anos?|jahren?|jahre|ans?\b"
_MONTHS = r"months?|mos?\b|meses|m[eê]s|monate?n?|mois"
_WEEKS = r"weeks?|wks?|semanas?|wochen|woche|semaines?"
_DAYS = r"days?|d[ií]as?|tage?n?|jours?"
_DECADES = r"decades?|d[ée]cadas?|jahrzehnte?n?|d[ée]cennies?"
_UNIT = rf"(?P<unit>{_YEARS}|{_MONTHS}|{_WEEKS}|{_DAYS}|{_DECADES})"
_ABOUT = (
    r"(?:(?:about|around|over|nearly|almost|more than|roughly|some|the (?:past|last)|"
    r"más de|casi|unos|cerca de|mais de|quase|cerca de|uns|über|fast|etwa|rund|knapp|"
    r"plus de|près de|environ|presque)\s+)?"
)
_CUSTOMER = (
    r"(?:customer|client|member|subscriber|policy ?holder|account ?holder|patient|guest|"
    r"passenger|flyer|flier|with us|w/ ?us|relationship|partner|loyal|banked|flown|flying|"
    r"alun[oa]|estudiante|student|learner|s[óo]ci[oa]|membro|cliente|socio|miembro|abonad[oa]|asegurad[oa]|con nosotros|conosco|connosco|assinante|"
    r"segurad[oa]|kund(?:e|in)|mitglied|bei uns|versichert\w*|membre|abonn[ée]e?|chez nous|"
    r"assur[ée]e?)"
)
_NOT_TENURE = re.compile(
    r"years? old|year-old|a[nñ]os de edad|anos de idade|jahre alt|ans? \(?(?:d'âge)?\)?$|"
    r"warrant\w*|garant\w*|\baged?\b|\bold\b|laptop|device|phone|car\b|product|bug|issue|problem|"
    r"\bago\b(?<!signed up)|outage|broken|kaputt|defekt|problema|panne|"
    # a sum over a number of years is a contract's term: "$150,000 over 3 years"
    r"[\d$€£k]\s+(?:over|across|[üu]ber|sur|durante|por|em)\s+\d+\s?(?:years?|yrs?|jahre|ans|"
    r"a[ñn]os|anos)",
    re.I,
)
_STRONG = [
    re.compile(
        rf"{_CUSTOMER}[^.\n]{{0,40}}?\b(?:for|of|since|desde hace|hace|há|ha|faz|seit|depuis|"
        rf"durante|por|de|since)\s+{_ABOUT}{_N}[- ]?{_UNIT}",
        re.I,
    ),
    re.compile(rf"{_CUSTOMER}\s+{_ABOUT}{_N}\s?{_UNIT}(?!\s*(?:ago|atr[aá]s))", re.I),
    re.compile(
        rf"{_ABOUT}{_COUNT}\+?[- ]?{_UNIT}[- ](?:long |loyal |as (?:a |our )?)?(?:{_CUSTOMER}|"
        rf"de cliente|como cliente|de relaci[oó]n|de relacionamento|de fidelidad)",
        re.I,
    ),
    re.compile(
        rf"(?:signed up|joined|became a (?:customer|client|member)|opened (?:\w+ )?account|"
        rf"se (?:dio de alta|registr\w+|hizo cliente)|abri\w+ (?:\w+ )?cuenta|entrou|aderiu|"
        rf"abriu (?:\w+ )?conta|registriert|beigetreten|angemeldet|inscrit\w*|"
        rf"ouvert (?:\w+ )?compte)[^.\n]{{0,25}}?{_N}[- ]?{_UNIT}\s*(?:ago|atr[aá]s)",
        re.I,
    ),
    re.compile(
        rf"(?:signed up|joined|se (?:dio de alta|registr\w+)|entrou|aderiu|registriert|"
        rf"beigetreten|inscrit\w*)[^.\n]{{0,25}}?(?:hace|há|vor|il y a)\s+{_N}[- ]?{_UNIT}",
        re.I,
    ),
]
_WEAK = [
    re.compile(
        rf"(?:desde hace|hace|há|faz|seit|depuis|for|durante)\s+{_ABOUT}{_N}[- ]?"
        rf"(?P<unit>{_YEARS}|{_DECADES})",
        re.I,
    ),
    # "6 yrs", "tenure: 4y"; a lone "y" only right after its digits ("el día 25 y otra vez")
    re.compile(
        r"(?<![\w.,])(?P<n>\d+(?:[.,]\d)?)\s?(?P<unit>yrs?|years?|(?<=\d)y)\b(?! ago)", re.I
    ),
    # "con nosotros, 3 años ya", "bei uns, 5 Jahre schon", "w/ us 3 yrs now": tied to us, since
    # "el equipo tiene 3 años ya" or "das Gerät ist 3 Jahre schon alt" is an age
    re.compile(
        rf"(?:with us|w/ ?us|con nosotros|conosco|connosco|com a gente|bei uns|chez nous|avec "
        rf"nous)[^.\n]{{0,30}}?(?<![\w.,])(?P<n>\d+)\s?(?P<unit>{_YEARS})\s+(?:ya|j[áa]|schon|"
        rf"bereits|d[ée]j[àa]|now|already)\b",
        re.I,
    ),
]
_MONTH_NAMES = {
    1: r"january|jan\.?|enero|janeiro|januar|j[äa]nner|janvier",
    2: r"february|feb\.?|febrero|fevereiro|februar|f[ée]vrier",
    3: r"march|mar\.?|marzo|mar[cç]o|m[äa]rz|mars",
    4: r"april|apr\.?|abril|avril",
    5: r"may|mayo|maio|mai",
    6: r"june|jun\.?|junio|junho|juni|juin",
    7: r"july|jul\.?|julio|julho|juli|juillet",
    8: r"august|aug\.?|agosto|ao[uû]t",
    9: r"september|sept?\.?|septiembre|setiembre|setembro|septembre",
    10: r"october|oct\.?|octubre|outubro|oktober|octobre",
    11: r"november|nov\.?|noviembre|novembro|novembre",
    12: r"december|dec\.?|diciembre|dezembro|dezember|d[ée]cembre",
}
_MONTH = "|".join(_MONTH_NAMES.values())
_SINCE_YEAR = re.compile(
    r"(?:since|desde|seit|depuis|member since|joined in|signed up in|signed up|customer since|opened|"
    r"opened in|onboarded|onboarded in|joined|"
    r"since early|since late|desde (?:o ano de |el a[nñ]o )?|seit dem jahr|en|in)(?:\s*:\s*|\s+)"
    # "since the beginning of 2020", "desde principios de 2019", "seit Anfang 2018"
    r"(?:(?:the )?(?:beginning|start|end|middle) of |(?:principios|inicios|comienzos|finales|"
    r"mediados) de |(?:o )?(?:in[íi]cio|come[çc]o|final|meados) de |anfang |mitte |ende |"
    r"(?:le )?d[ée]but |(?:la )?fin |(?:la )?mi-)?"
    r"(?:(?:early|late|mid|the spring of|q[1-4]|h[12]|"
    rf"{'|'.join(_MONTH_NAMES.values())})(?: de)?\s+|"
    # "desde: mar/2021", "seit 03/2021", and seasons: "since fall 2024", "desde el otoño de 2019"
    r"(?:\d{1,2}|[a-zçéä]{3,9}\.?)[/.-]|(?:the |el |la |o |a |le |l')?(?:fall|autumn|spring|"
    r"summer|winter|oto[ñn]o|primavera|verano|invierno|outono|ver[ãa]o|inverno|herbst|"
    r"fr[üu]hling|fr[üu]hjahr|sommer|automne|printemps|[ée]t[ée]|hiver)(?: of| de| del| do)?\s+)?"
    r"(?P<year>(?:19[5-9]|20[0-4])\d|'\d\d)\b",
    re.I,
)
_MONTH_OF = [(i, re.compile(rf"\b(?:{names})(?!\w)", re.I)) for i, names in _MONTH_NAMES.items()]
_RENEW = (
    r"(?:renew(?!ed\b)\w*|up for renewal|contract (?:ends|expires|is up)|decision|decid\w*|board|"
    r"procurement|review(?:ing)? (?:\w+ ){0,3}(?:contracts?|vendors|suppliers)|"
    r"renova(?!do\b|da\b|u\b)\w*|renueva\w*|renovaci[oó]n|vencimiento|vence|"
    r"verl[äa]nger(?!t\b)\w*|verl[äa]ngert sich|k[üu]ndigungsfrist|vertragsende|entschied\w*|"
    r"entscheid\w*|"
    # a contract's end still ahead: "Vertrag läuft am 31. März aus", "contract ends 31 March",
    # "contrat ... jusqu'en juin 2028", "the MSA is supposed to be signed in January"
    r"(?:vertrag|contract|contrato|contrat|msa|agreement)\w*[^.\n]{0,40}?(?:l[äa]uft|ends|expires|"
    r"vence|termina|expira|endet|prend fin|jusqu'(?:en|au)|at[ée]|hasta|signed|firmar\w*|"
    r"assinad\w*|sign[ée]|unterschrieben)|"
    r"renouvel(?![ée]\b)\w*|[ée]ch[ée]ance|d[ée]cision|d[ée]cid\w*)"
)
"""A renewal or decision still ahead; "renewed in June" is one that already happened."""
_RENEWAL_IN = re.compile(
    rf"{_RENEW}[^.\n]{{0,40}}?\b(?:in|within|en|em|dentro de|in|innerhalb von|dans|sous)\s+"
    rf"{_ABOUT}{_N}\s*(?P<unit>{_MONTHS}|{_WEEKS}|{_DAYS})",
    re.I,
)
_RENEWAL_MONTH = re.compile(
    rf"{_RENEW}[^.\n]{{0,40}}?(?:\b(?:in|at|on|by|en|em|de|im|zum|au|the|el|la|o|a|am|is|es|"
    rf"é|ist|est)\s+|:\s*|\s)(?:(?:the|el|la|o|a|next|early|late|mid|de|im|der|du|le|end|"
    rf"start|beginning|middle|fin|finales|final|principios|inicio|comienzos|ende|anfang|"
    rf"d[ée]but|of|del|do|da|des|am|\d{{1,2}}(?:st|nd|rd|th|er|\.)?)\s+){{0,4}}"
    rf"(?:{_MONTH})(?!\w)(?:\s+(?P<year>20\d\d))?"
    rf"|(?:{_MONTH})\s+(?:board|renewal|decision)|\b(?:im|in|en|em|au)\s+(?:{_MONTH})\s+(?:\w+\s+)?"
    rf"(?:entschieden|decided|decidid[oa]|d[ée]cid[ée]e?)",
    re.I,
)
_WEEKDAY = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|"
    r"jueves|viernes|s[áa]bado|domingo|segunda(?:-feira)?(?! vez)|ter[çc]a(?:-feira)?|quarta(?:-feira)?|"
    r"quinta(?:-feira)?|sexta(?:-feira)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:fri|thurs?|thu|tues?|weds?)\b\.?|"
    # Portuguese weekdays are ordinals, and the number reading turns "sexta" into "6ª".
    # an ordinal before its noun ("a 3ª interrupção", "a 2ª cobrança") is no weekday
    r"[2-6]ª(?:[- ]feira)?(?!\s*(?:vez|vezes|queda|falha|via|opini|interrup|reclama|cobran|"
    r"tentativa|visita|entrega|parcela|fatura|chamad|liga[çc]|ocorr|semana|m[êe]s|edi[çc]|vers|"
    r"etapa|fase|inst[âa]ncia|notifica))"
)
_HOLIDAY = (
    r"christmas|xmas|new year(?:'s)?(?: eve)?|easter|thanksgiving|navidad|nochebuena|"
    r"nochevieja|a[ñn]o nuevo|semana santa|natal|ano novo|r[ée]veillon|p[áa]scoa|weihnachten|"
    r"silvester|neujahr|ostern|no[ëe]l|nouvel an|p[âa]ques"
)
_DAY_WORDS = (
    r"today|tonight|tomorrow|this (?:week|month|weekend|afternoon|evening)|next week|"
    r"end of (?:the )?(?:day|week|month)|eod|eow|hoy|ma[ñn]ana|esta semana|este mes|"
    r"la semana que viene|fin de (?:mes|semana)|hoje|amanh[ãa]|essa semana|esta semana|"
    r"este m[êe]s|semana que vem|fim d[eao] (?:semana|m[êe]s)|heute|morgen|diese woche|"
    r"diesen monat|n[äa]chste woche|ende der woche|aujourd'hui|demain|ce soir(?!-l[àa])|cette semaine(?!-l[àa])|"
    r"ce mois-ci|la semaine prochaine|fin de (?:la )?semaine|(?:la )?fin du mois|"
    r"monatsende|wochenende|jahresende|ende des monats|fin de a[ñn]o|fim do ano|"
    rf"{_HOLIDAY}"
)
_DATE = (
    rf"(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?"
    rf"(?:{_MONTH})\b|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|\d{{1,2}}/\d{{1,2}}\b|"
    rf"(?:the|el d[ií]a|dia|le|am) \d{{1,2}}(?:st|nd|rd|th|er|\.)?\b"
    # "the 3rd" is a date only where a date would end: "the third incident" counts.
    r"(?!\s*(?:[A-Za-zÀ-ÿ]{2,})(?<!\bof)(?<!\bde))"
)
_CLOCK = r"\d{1,2}(?::\d\d)?\s?(?:am|pm|h\b|uhr)|noon|midday|mediod[ií]a|meio-dia|mittag|midi"
_WHEN = rf"(?:{_WEEKDAY}|{_DAY_WORDS}|{_DATE}|{_CLOCK})"
_EVENT = (
    r"talk|presentation|conference|meeting|appointment|interview|exam|test|flight|wedding|"
    r"funeral|surgery|operation|hearing|closing|submission|launch|opening|event|party|dinner|"
    r"lunch|ceremony|trip|arrival|check-?in|departure|visit|inspection|audit|cut-?off|due date|"
    r"charla|presentaci[oó]n|conferencia|reuni[oó]n|cita|entrevista|examen|vuelo|boda|funeral|"
    r"cirug[ií]a|operaci[oó]n|juicio|inauguraci[oó]n|evento|fiesta|cena|comida|viaje|llegada|"
    r"salida|visita|inspecci[oó]n|palestra|apresenta[çc][ãa]o|reuni[ãa]o|consulta|prova|voo|"
    r"casamento|vel[óo]rio|cirurgia|audi[êe]ncia|evento|festa|jantar|almo[çc]o|viagem|chegada|"
    r"fiscaliza[çc][ãa]o|vortrag|pr[äa]sentation|konferenz|termin|vorstellungsgespr[äa]ch|"
    r"pr[üu]fung|flug|hochzeit|beerdigung|operation|verhandlung|er[öo]ffnung|veranstaltung|feier|"
    r"essen|reise|anreise|abreise|besuch|pr[üu]fung|expos[ée]|conf[ée]rence|r[ée]union|"
    r"rendez-vous|entretien|examen|vol|mariage|obs[èe]ques|op[ée]ration|audience|ouverture|"
    r"[ée]v[ée]nement|f[êe]te|d[îi]ner|d[ée]jeuner|voyage|arriv[ée]e|d[ée]part|contr[ôo]le"
)
"""Things a customer has booked on a day: when that day is still to come, it is a limit."""
_DEADLINES = [
    re.compile(
        rf"\b(?:by|before|no later than|due|antes del?|antes de que|hasta el|para el|a m[áa]s "
        rf"tardar(?: el)?|como muy tarde|at[ée](?: a| o| as| à)?|antes d[eao]|bis(?: zum| "
        rf"sp[äa]testens)?|sp[äa]testens|avant(?: le)?|d'ici(?: à)?|au plus tard)\s+"
        rf"(?:the |this |next |el |la |o |a |der |den |le |ce |esta |este |pr[óo]xim[oa] |"
        rf"n[äa]chsten |prochain )?(?:{_WHEN})",
        re.I,
    ),
    re.compile(rf"\buntil\s+(?:the |this |next )?(?:{_WEEKDAY}|{_DAY_WORDS}|{_DATE})\b", re.I),
    re.compile(
        rf"\b(?:within|in the next|en las pr[oó]ximas|dentro de|em at[ée]|nas pr[oó]ximas|"
        rf"innerhalb von|in den n[äa]chsten|sous|dans les)\s+{_N}\s*(?:business |working )?"
        rf"(?:hours?|hrs?|h\b|days?|horas|d[ií]as|stunden|tagen|heures|jours)",
        re.I,
    ),
    re.compile(
        rf"\b(?:need|needs|needed|have to|has to|must|due|closes|starts|begins|is on|are on|"
        rf"goes live|go live|going live|launches|opens|kicks off|"
        rf"scheduled for|booked for|marcad[oa] para|programad[oa] para|previst[oa] para|"
        rf"geplant f[üu]r|pr[ée]vue? pour|"
        rf"post|print|necesit\w+|tiene que|tengo que|empieza|preciso|precisa|tem que|come[çc]a|"
        rf"brauch\w+|muss|m[üu]ssen|beginnt|f[äa]llig|besoin|dois|doit|doivent|il faut|commence|"
        rf"wants? (?:it|this|that|them|an?|the|his|her|their)|asks? for|pide|quiere|exige|pede|"
        rf"quer|m[öo]chte|verlangt|fordert|veut|demande)\b[^.\n]{{0,40}}?\b(?:{_WEEKDAY}|"
        rf"{_DAY_WORDS}|{_DATE})(?:\s+(?:at\s+|a las\s+|às\s+|um\s+|à\s+)?(?:{_CLOCK}))?",
        re.I,
    ),
    # "the exam is on Friday": a bare copula reaches its day within the same clause only, so
    # "sorry if this is garbled, 3rd escalation tonight" sets no limit
    re.compile(
        rf"\b(?:is|are|es|é|ist|est|sont|s[ãa]o)\b(?!\s+(?:now|already|ya|j[áa]|schon|bereits|"
        rf"d[ée]j[àa]|maintenant|agora|ahora|jetzt)\b)[^.,;\n]{{0,40}}?\b(?:{_WEEKDAY}|{_DAY_WORDS}|"
        rf"{_DATE})(?:\s+(?:at\s+|a las\s+|às\s+|um\s+|à\s+)?(?:{_CLOCK}))?",
        re.I,
    ),
    re.compile(
        rf"\b(?:if|unless|either|si|se(?! (?:le|lo|la|les|me|te|nos)\b)|wenn|falls|sinon|soit)\b[^.,;\n]{{0,60}}?"
        rf"\b(?:{_WEEKDAY}|{_DAY_WORDS}|(?:en|in|em|dans|sous|within|innerhalb von|binnen)\s+{_N}\s*"
        rf"(?:hours?|hrs?|days?|horas|d[ií]as|dias|stunden|tagen?|heures|jours))\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:antes de que|antes d[eo]l?|before|avant|vor)\b[^.\n]{{0,30}}?\b(?:{_WEEKDAY}|{_DATE})|\b(?:lasts?|enough "
        rf"(?:for|until)|dura|reicht|suffit)\s+(?:about |only |around |unas |cerca de |nur )?"
        rf"(?:{_N}\s*(?:hours?|hrs?|days?|horas|d[ií]as|stunden|tage|heures|jours)|until|hasta|"
        rf"bis|jusqu)|\bsolo tengo para|\bhasta ma[ñn]ana|\bheute noch|\bnoch heute",
        re.I,
    ),
    re.compile(r"\b(?:deadline|plazo|prazo|frist|fristablauf|date limite)\b", re.I),
    # an event of theirs on a day still to come: "giving a talk on Thursday at 9am"
    re.compile(
        rf"\b(?:{_EVENT})\b[^.\n]{{0,30}}?\b(?:on|el|no|na|am|le|en|em|au|at|this|next|este|esta|"
        rf"ce|cette|diese[nm]?|dieses|a las|[àa]s|um|[àa]|for|para|pour|f[üu]r)\s+(?:the |el |la |o |a "
        rf"|der |den |le )?(?:{_WEEKDAY}|{_DAY_WORDS}|{_DATE}|{_CLOCK})",
        re.I,
    ),
    # a day with a condition after it: "today unless it's fixed", "demain, sinon…"
    re.compile(
        rf"\b(?:{_WEEKDAY}|{_DAY_WORDS})\b,?\s+(?:unless|if not|or else|otherwise|or i|or we|sinon|"
        rf"si no|se n[ãa]o|sen[ãa]o|sonst|andernfalls|ou alors|o si no)\b",
        re.I,
    ),
    # a time booked on a coming day: "mañana a las 9", "tomorrow at 10"
    re.compile(
        rf"\b(?:tomorrow|ma[ñn]ana|amanh[ãa]|morgen|demain|{_WEEKDAY})\s+(?:at|a las|[àa]s|um|[àa])\s+"
        rf"\d{{1,2}}",
        re.I,
    ),
]
_PAST = re.compile(
    r"\b(?:was|were|fue|foi|war|était|yesterday|ayer|ontem|gestern|hier)\b|"
    # "até hoje nada", "bis heute keine Antwort": so far, not a limit
    r"\b(?:at[ée]|bis|hasta|jusqu'[àa]) (?:hoje|heute|hoy|aujourd'hui)\b",
    re.I,
)
_WHEN_RE = re.compile(rf"(?<!\w)(?:{_WHEN})", re.I)
_SINCE_BEFORE = re.compile(
    r"\b(?:since|depuis|desde|seit|last|past|previous|letzte[nmr]?|vergangene[nmr]?|"
    r"el pasado|no passado)\s+(?:the |el |la |o |a |am |le )?$",
    re.I,
)
"""A day named right after "since", "last", "depuis", "seit"… has already happened."""
_AGO_AFTER = re.compile(
    r"^\s*(?:ago|dernier|derni[èe]re|pass[ée]e?|pasad[oa]|passad[oa]|atr[áa]s)\b", re.I
)
_PAST_AFTER = re.compile(
    r"^\s*(?:at \S+\s+)?(?:was|were|got|had been|fue|fueron|foi|foram|wurde|wurden|war|waren|"
    r"a [ée]t[ée]|ont [ée]t[ée]|[ée]tait)\b",
    re.I,
)
"""'His flight on Friday was cancelled': the day is when it happened."""
_PRETERITE = re.compile(
    r"\b(?P<verb>\w{3,}ed|was|were|went|came|broke|fell|stopped|sent|lost|left|"
    r"\w{2,}(?:ó|aron|ieron|ió)|fue|fueron|\w{2,}(?:ou|eu|iu|aram|eram|iram)|foi|foram|kam|"
    r"ging|fiel|arriv\w+|tomb\w+)(?:\s+\S+){0,2}?\s+$",
    re.I,
)
_PARTICIPLE = re.compile(
    r"\b(?P<verb>\w{3,}(?:ad|id)[oa]s?|\w{3,}(?:é|ée|és|ées))\s+(?:(?:el|la|o|a|no|na|le|on|am|"
    r"au)\s+)?$",
    re.I,
)
"""A past verb just before the day ("se cayó el domingo", "delivered thurs", "cortada
sábado"), with no "by" or "until" between them: the day is when it happened, not a limit."""
_CONDITION = re.compile(
    r"\b(?:if|unless|either|si|se(?!\s+\w+(?:ó|ió|aron|ieron)\b)|wenn|falls|sinon|soit|"
    r"needs?|must|has to|have to|wants?|tiene que|tem que|muss|doit|il faut)\b",
    re.I,
)
"""After "if", "needs" or "must" a participle is the state wanted ("if not fixed today",
"si ce n'est pas réglé ce mois-ci"), not something that already happened."""
_NOT_PAST_BEFORE = re.compile(r"\b(?:not|be|been|being|it|them|get|gets|is|are)\s+$", re.I)
_LIMIT_WORD = re.compile(
    r"\b(?:by|before|until|till|no later than|due|antes|hasta|para|até|ate|bis|"
    r"sp[äa]testens|avant|d'ici|jusqu|pour|for)\b",
    re.I,
)
_OUR_PROMISE = re.compile(
    r"\b(?:(?:we|i|you|our|your|support|sales|the (?:agent|rep|adjuster|engineer|office)) "
    r"(?:\S+ ){0,4}?(?:told|said|confirmed)|promised|assured|prometi\w*|promet\w*|"
    r"dijimos|dissemos|versproch\w*|zugesagt|promis\w*|assur[ée]\w*)\b",
    re.I,
)
"""A date we gave them ("we told them it'd land by the 15th") is our promise, read as
broken_promise, not a limit the customer set; what the customer said ("the FD said if
there's no answer by Wednesday…") is their limit."""
_WAS_PLANNED = re.compile(
    r"\b(?:was|were|had been|[ée]tai(?:t|ent)|avait [ée]t[ée]|estaba|estaban|estava|estavam|"
    r"hab[ií]a sido|war|waren)\s+(?:\w+\s+){0,3}$",
    re.I,
)
"""'Les obsèques étaient prévues jeudi', 'the visit was booked for Friday': a plan told in
the past, not a limit still ahead."""


_TITLE_DOT = re.compile(r"(?:\b(?:mr|mrs|ms|dr|sr|sra|st|prof|hr|fr|mme|m)\.)", re.I)


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence holding `start` begins; the dot of "Mr." or "Dr." ends none."""
    cut = start
    while True:
        dot = max(text.rfind(".", 0, cut), text.rfind("\n", 0, cut))
        if dot < 0 or text[dot] == "\n" or not _TITLE_DOT.search(text, max(0, dot - 5), dot + 1):
            return dot + 1
        cut = dot


_OUR_PLAN = re.compile(
    r"\bwe(?:'ll| will| can| shall| are going to|'re going to) (?:\S+ ){0,2}?(?:send|ship|deliver|"
    r"call|ring|refund|credit|visit|replace|install|fix|repair|reconnect|restore|issue|post|"
    r"dispatch|arrange)|\b(?:le |les )?(?:enviaremos|mandaremos|llamaremos|devolveremos|"
    r"reembolsaremos|repararemos|instalaremos|ligaremos|consertaremos)\b|\bvamos (?:a )?(?:enviar|"
    r"mandar|llamar|ligar|devolver|reembolsar|reparar|instalar|consertar)\b|\b(?:wir )?werden "
    r"(?:\S+ ){0,4}(?:schicken|senden|liefern|anrufen|erstatten|reparieren|installieren)\b|"
    r"\b(?:schicken|senden|liefern|erstatten) wir\b|\b(?:nous allons|on va) (?:vous |lui |leur )?"
    r"(?:envoyer|rappeler|rembourser|r[ée]parer|installer|livrer)|\bnous (?:enverrons|"
    r"rappellerons|rembourserons|livrerons)\b|"
    # our people's visit or our refund set for a day: "the engineer can come on Thursday"
    r"\b(?:engineer|technician|courier|installer|adjuster|t[ée]cnico|technicien|techniker|"
    r"monteur|instalador|livreur|repartidor|entregador)s? (?:\S+ ){0,3}?(?:can come|will (?:come|"
    r"be|call|visit)|comes|is coming|passera|viendra|kommt|vai (?:passar|vir)|vendr[áa]|ir[áa]|"
    r"pasar[áa])\b|\b(?:refund|replacement|callback|repair|reembolso|remboursement|erstattung|"
    r"reposi[çc][ãa]o) (?:is |was )?(?:scheduled|planned|booked|set|programad[oa]|agendad[oa]|"
    r"pr[ée]vue?|geplant)|\bnext (?:available|free) (?:slot|appointment|date|visit)|"
    r"\bpr[óo]xim[oa] (?:hueco|cita) disponible|\bprimeira vaga|\bn[äa]chste[nr]? freie[nr]? "
    r"termin|\bprochain cr[ée]neau",
    re.I,
)
"""A day we set for our own next step ("we'll send the replacement on 3 Dec", "le technicien
passera le 4 décembre", "next available slot is 9 December") is a date we promised, read as
broken_promise when missed, not a limit of the customer's."""
_NOT_A_LIMIT = re.compile(
    r"\b(?:billing|invoice|payment|statement) date|\bnext (?:bill|invoice|statement|payment)\b|"
    r"\bfecha de (?:cobro|facturaci[oó]n)|\bdata de (?:cobran[çc]a|faturamento)|"
    r"\babrechnungs(?:datum|tag)|\bdate de (?:facturation|pr[ée]l[èe]vement)|"
    r"\b(?:closed|off work|off sick|away|on (?:holiday|leave|vacation)|valid|available|runs|in "
    r"force|covered|out of "
    r"(?:the )?office|cerrad[oa]|de vacaciones|de baja|v[áa]lid[oa]|fechad[oa]|de f[ée]rias|"
    r"de licen[çc]a|geschlossen|im urlaub|g[üu]ltig|ferm[ée]e?|en cong[ée]s?|valable) "
    r"(?:\S+ ){0,2}?(?:until|till|hasta|at[ée]|bis|jusqu'(?:au|à))\b",
    re.I,
)
"""A billing date is like a renewal, and a state that lasts up to a day ("closed until
Monday", "valid until 31 December", "de férias até dia 10") is no limit the customer set."""
_FAILED_AFTER = re.compile(
    r"(?:(?!\b(?:and|but|y|e|und|et|mais|pero|mas|aber)\b)[^.,;\n]){0,60}?\b(?:(?:and|but|y|e|"
    r"und|et|mais|pero|mas|aber) )?(?:(?:never|didn'?t|did not|failed to) (?:\w+ )?(?:turned? up|"
    r"show(?:ed)? up|showed|came|come|arrived?|happened)|no-?show|no (?:vino|lleg[óo]|"
    r"apareci[óo])|n[ãa]o (?:veio|apareceu|chegou)|(?:kam|erschien) (?:\w+ )?nicht|(?:n'est|"
    r"ne s'est) (?:jamais |pas )(?:venu|pr[ée]sent[ée]))",
    re.I,
)
"""Matched right after a day (never searched along the text): 'the adjuster booked for
Tuesday never turned up', the day has come and gone."""


def _already_happened(text: str, start: int, end: int) -> bool:
    offset = _sentence_start(text, start)
    before = text[max(offset, start - 40) : start]
    if _OUR_PROMISE.search(text[offset:start]):
        return True
    clause = _clause_around(text, start, end)
    if _OUR_PLAN.search(clause) or _NOT_A_LIMIT.search(clause):
        return True
    if _FAILED_AFTER.match(text, end) or _FROM_BEFORE.search(before):
        return True
    if _SINCE_BEFORE.search(before) or _AGO_AFTER.search(text[end : end + 15]):
        return True
    if (planned := _WAS_PLANNED.search(before)) and not _LIMIT_WORD.search(planned.group(0)):
        return True
    if _PAST_AFTER.match(text[end : end + 40]):
        return True
    verb = _PRETERITE.search(before) or _PARTICIPLE.search(before)
    if not verb or _LIMIT_WORD.search(verb.group(0)):
        return False
    ahead = text[offset : start - len(before) + verb.start("verb")]
    return not (_CONDITION.search(text[offset:start]) or _NOT_PAST_BEFORE.search(ahead))


@dataclass(frozen=True)
class Found:
    value: float
    evidence: str
    inferred: bool = False


def _count(token: str) -> float:
    if token.lower() in {
        "a",
        "an",
        "one",
        "un",
        "una",
        "um",
        "uma",
        "ein",
        "eine",
        "einem",
        "einer",
    }:
        return 1.0
    return parse_number(token)


def _years(qty: float, unit: str) -> float:
    unit = unit.lower()
    if re.fullmatch(_DECADES, unit):
        return qty * 10
    if re.fullmatch(_MONTHS, unit):
        return qty / 12
    if re.fullmatch(_WEEKS, unit):
        return qty / 52
    if re.fullmatch(_DAYS, unit):
        return qty / 365
    return qty


def _clause_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(".", end), text.find("\n", end)) if i != -1), default=len(text)
    )
    return text[left:right]


_TERM = re.compile(r"contract\w*|vertrag\w*|contrato|contrat\b|agreement|licen[cs]e|laufzeit", re.I)
"""A duration next to a contract is its term ("contract runs for 3 years"), not how long
they have been a customer; "Rahmenvertrag seit 2019" still dates them."""
_LAST_YEAR = re.compile(
    r"since last year|desde el a[ñn]o pasado|desde o ano passado|seit letztem jahr|"
    r"depuis l'ann[ée]e derni[èe]re",
    re.I,
)


_SINCE_MONTH = re.compile(
    rf"(?:since|desde|seit|depuis)\s+(?:(?:early|late|mid|el mes de|o m[êe]s de)\s+)?"
    rf"(?P<month>{_MONTH})(?!\w)(?!\s*(?:of\s+|de\s+)?(?:19|20)\d\d)",
    re.I,
)
_SPENT = re.compile(
    r"in total|spent|bought|purchased|ordered|gastad\w*|gastou|comprad\w*|comprou|"
    r"ausgegeben|gekauft|d[ée]pens[ée]|achet[ée]|" + _CUSTOMER,
    re.I,
)
"""A month with no year ("in total since March") dates a customer who joined this
past year, when the clause is about them or what they bought, not about an outage."""


_AGE = re.compile(
    r"(?<!\w)(?:se[ñn]ora|se[ñn]or|senhora|senhor|mujer|hombre|mulher|homem|anciana?o?|"
    r"idos[oa]|mayor|aged|edad|idade|old|alt|j[äa]hrige\w*|[âa]g[ée]e?|dame|monsieur|madame|"
    r"frau|herr|mr|mrs|ms)(?!\w)",
    re.I,
)
_OLDEST_TENURE = 60
"""Longer than anyone stays a customer: "Cliente: Joaquim Sá, de 81 anos" is his age."""


def _an_age(text: str, m: re.Match[str], years: float) -> bool:
    """ "Clienta: Rosa Gil, señora de 84 años", "clienta de 84 años, muy mayor": a person's
    age, not how long they have been with us."""
    around = text[m.start() : m.end() + 20]
    return bool(_AGE.search(around)) or years >= _OLDEST_TENURE


_BOUGHT_FROM_US = re.compile(
    r"(?:bought|purchased|ordered) (?:[\w-]+ ){0,4}?(?:from|with) us|"
    r"compr(?:ó|ou|aron|aram|amos) (?:[\w-]+ ){0,4}?(?:con nosotros|a nosotros|conosco|com a gente|"
    r"connosco)|bei uns (?:[\w-]+ ){0,4}?(?:gekauft|bestellt)|(?:achet[ée]e?|command[ée]e?) "
    r"(?:[\w-]+ ){0,4}?chez nous",
    re.I,
)
"""A purchase from us dated to a year ("the e-bike he bought from us in March 2024"): with
nothing else said, it is when they became a customer."""


def tenure_years(text: str, today: date) -> Found | None:
    """How long they have been a customer, in years."""
    for pattern in _STRONG:
        for m in pattern.finditer(text):
            years = _years(_count(m.group("n")), m.group("unit"))
            if _an_age(text, m, years):
                continue
            return Found(round(years, 2), m.group(0))
    for m in _SINCE_YEAR.finditer(text):
        written = m.group("year")
        year = int(written) if written[0] != "'" else 2000 + int(written[1:])
        if year > today.year:
            year -= 100  # "since '98"
        clause = _clause_around(text, m.start(), m.end())
        customer = re.search(_CUSTOMER, clause, re.I)
        generic = m.group(0).split()[0].lower().rstrip(":") in {
            "since", "desde", "seit", "depuis", "joined", "signed", "member", "customer",
            "opened", "onboarded"
        }  # fmt: skip
        if year <= today.year and (customer or (generic and not _NOT_TENURE.search(clause))):
            return Found(float(today.year - year), m.group(0))
        if year <= today.year and _BOUGHT_FROM_US.search(clause):
            return Found(float(today.year - year), m.group(0), inferred=True)
    for m in _SINCE_MONTH.finditer(text):
        clause = _clause_around(text, m.start(), m.start())
        counted = re.search(r"(?:times?|vez|veces|vezes|fois|mal)\s+$", text[: m.start()], re.I)
        if _SPENT.search(clause) and not counted:
            month = _month_number(m.group("month").lower())
            months = (today.month - month) % 12 or 12
            return Found(round(months / 12, 2), m.group(0), inferred=True)
    if m := re.search(
        rf"{_CUSTOMER}[^.\n]{{0,30}}(?:a |one |over a |more than a )?decade", text, re.I
    ):
        return Found(10.0, m.group(0), inferred=True)
    if m := _LAST_YEAR.search(text):
        return Found(1.0, m.group(0), inferred=True)
    for pattern in _WEAK:
        for m in pattern.finditer(text):
            around = text[max(0, m.start() - 25) : m.end() + 25]
            if _NOT_TENURE.search(around) or _TERM.search(around):
                continue
            return Found(round(_years(_count(m.group("n")), m.group("unit")), 2), m.group(0))
    if m := FIRST_TIME.search(text):
        return Found(0.0, m.group(0), inferred=True)
    return None


def _months_until(month: int, today: date) -> float:
    return float((month - today.month) % 12)


def renewal_months(text: str, today: date) -> Found | None:
    """Months until the customer next decides whether to stay (renewal, board, procurement)."""
    if m := _RENEWAL_IN.search(text):
        months = _years(_count(m.group("n")), m.group("unit")) * 12
        return Found(round(months, 1), m.group(0))
    if m := _RENEWAL_MONTH.search(text):
        tail = m.group(0)
        found = [(p.search(tail), i) for i, p in _MONTH_OF]
        month = min((hit.start(), i) for hit, i in found if hit)[1]
        months = _months_until(month, today)
        if (year := m.group("year")) and int(year) > today.year:
            # "jusqu'en juin 2028": the year counts when it is not the next one anyway
            months = float((int(year) - today.year) * 12 + month - today.month)
        return Found(months, m.group(0), inferred=True)
    return None


_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(?P<month>{_MONTH})(?!\w)"
    rf"|\b(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:19|20)\d\d)",
    re.I,
)
_AHEAD_DAYS = 120
"""A dated day up to four months ahead is one the customer is counting on."""
_RENEWAL_CLAUSE = re.compile(rf"{_RENEW}", re.I)


def _month_number(name: str) -> int:
    return next(i for i, pattern in _MONTH_OF if pattern.fullmatch(name))


_HEADER_LINE = re.compile(
    r"(?:wrote|escreveu|escribi[óo]|a [ée]crit|schrieb)\s*:?\s*$|^\W*(?:date|sent|enviado|"
    r"gesendet|envoy[ée]|data|datum|fecha)\s*:",
    re.I,
)
"""'On 1 December 2026 at 10:14, Sam wrote:', 'Enviado: martes, 1 de diciembre': the day an
e-mail was sent, not one ahead."""
_FROM_BEFORE = re.compile(
    r"\b(?:from|a partir d[eo]l?|ab|[àa] partir du|starting|effective)\s+(?:the |el |o |le |dem )?$",
    re.I,
)
"""'Open again from 3 December', 'the new price applies from 1 January': a start, no limit."""


def _line_of(text: str, start: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    return text[left : right if right != -1 else len(text)]


def _dated_day_ahead(text: str, today: date) -> Found | None:
    """A day and month still to come ("on 19 Dec", "el 18 de diciembre"), not one that has
    passed, not one we promised, not a renewal date, not an e-mail's date, not a start date,
    and not today told in the past ("Today (1 Dec) the site was down")."""
    for m in _DAY_MONTH.finditer(text):
        day = int(m.group("day") or m.group("day2"))
        month = _month_number(m.group("month") or m.group("month2"))
        try:
            when = date(today.year, month, day)
        except ValueError:
            continue
        if when < today and (today - when).days > 180:
            when = date(today.year + 1, month, day)
        ahead = (when - today).days
        clause = _clause_around(text, m.start(), m.end())
        if not 0 <= ahead <= _AHEAD_DAYS or _RENEWAL_CLAUSE.search(clause):
            continue
        if _HEADER_LINE.search(_line_of(text, m.start())):
            continue
        if ahead == 0 and _TOLD_AS_PAST.search(clause):
            continue
        if not _already_happened(text, m.start(), m.end()):
            return Found(0.0, " ".join(clause.split())[:80])
    return None


_NUMERIC_DAY = re.compile(r"\b(?P<day>\d{1,2})(?:\.|/)(?P<month>\d{1,2})\b")


def _names_a_past_day(phrase: str, today: date) -> bool:
    """'Booked for Nov 11', 'vom 9. bis 22.11.' read on 1 December: the day named has gone
    by (up to half a year back), so it is no limit still ahead."""
    days: list[tuple[int, int]] = []
    for m in _DAY_MONTH.finditer(phrase):
        days.append(
            (
                int(m.group("day") or m.group("day2")),
                _month_number(m.group("month") or m.group("month2")),
            )
        )
    days += [(int(m.group("day")), int(m.group("month"))) for m in _NUMERIC_DAY.finditer(phrase)]
    for day, month in days:
        try:
            when = date(today.year, month, day)
        except ValueError:
            continue
        if 0 < (today - when).days <= 180:
            return True
    return False


_BARE_DAY = re.compile(
    r"\b(?:the|el|la|le|am|dia|o dia|el d[ií]a)\s+(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?"
    rf"(?!\s*[/.]?\d)(?!\s*(?:de\s+|of\s+)?(?:{_MONTH}))",
    re.I,
)


_TOLD_AS_PAST = re.compile(
    r"\b(?:was|were|had|got|fue|fueron|foi|foram|war|waren|hatte|avait|[ée]tait|"
    r"\w{3,}(?:é|ée|és|ées|ado|ada|ido|ida|ou|aram|ó|aron|ieron|celled|rupted))\b",
    re.I,
)
_NEXT_WORD = re.compile(r"\b(?:next|pr[óo]xim[oa]|prochaine?|n[äa]chste\w*|siguiente)\b", re.I)


def _bare_day_passed(text: str, m: re.Match[str], today: date) -> bool:
    """'Vol annulé le 24/11, aucune solution avant le 26': a day of the month with no month,
    in a sentence told in the past, is in the month of the last date written before it, and
    that day has gone by; 'a próxima entrega é dia 15' is the next 15th."""
    bare = _BARE_DAY.search(m.group(0))
    if bare is None:
        return False
    sentence = text[_sentence_start(text, m.start()) : m.start()]
    if not _TOLD_AS_PAST.search(sentence) or _NEXT_WORD.search(sentence):
        return False
    months = [int(d.group("month")) for d in _NUMERIC_DAY.finditer(text, 0, m.start())]
    months += [
        _month_number(d.group("month") or d.group("month2"))
        for d in _DAY_MONTH.finditer(text, 0, m.start())
    ]
    if not months:
        return False
    try:
        when = date(today.year, months[-1], int(bare.group("day")))
    except ValueError:
        return False
    return 0 < (today - when).days <= 180


_LEAD_WORDS = 4
"""Words a deadline phrase may carry before its day ("need it before Friday"); more, and the
phrase is a whole request with the day at its end."""


def deadline(text: str, today: date | None = None) -> Found | None:
    """A date or time limit the customer set or depends on, as written; with `today`, any
    dated day still to come counts too."""
    for pattern in _DEADLINES:
        for m in pattern.finditer(text):
            if _PAST.search(m.group(0)) or (
                today and (_names_a_past_day(m.group(0), today) or _bare_day_passed(text, m, today))
            ):
                continue
            when = [w for w in _WHEN_RE.finditer(text, m.start(), m.end())]
            start, end = (when[-1].start(), when[-1].end()) if when else (m.start(), m.end())
            if not _already_happened(text, start, end):
                phrase = m.group(0)
                if when and len(text[m.start() : start].split()) > _LEAD_WORDS:
                    # "wants the £150 back and the fridge delivered TODAY": the day, not the
                    # whole ask (a script reads "by today", and never names the sum)
                    phrase = text[start : m.end()]
                return Found(0.0, " ".join(phrase.split())[:80])
    return _dated_day_ahead(text, today) if today else None


_HOURS = re.compile(
    r"(?<!\bontem )(?<!\bayer )(?<!\bgestern )(?<!\bhier )(?<!\byesterday )(?<!\b[àa]s )"
    r"(?<!<)(?<!< )(?<!>)(?<!> )(?<!\bat )(?<!\bum )(?<!\bab )(?<!\b[àa] )(?<!\blas )(?<!\bvers )(?<!\bd[èe]s )(?<!\bbis )(?<!\bby )(?<!\bfrom )(?<!\bsince )\b(?P<n>\d+(?:[.,]\d+)?)\s?\+?\s?"
    r"(?:hours?|hrs?|h\b(?!\d)|horas?|stunden|std\.?|heures?)",
    re.I,
)
"""A length of time; "às 9h", "at 10h", "um 9h" is a time of day, and "<48h" or "> 24 h"
is a threshold (a notice period, a rule), not how long something lasted."""
_DAYS = re.compile(
    r"\b(?P<n>\d+(?:[.,]\d+)?)\s?(?:days?|d[ií]as|dias|tage?n?|jours?)\b"
    r"(?![- ]?(?:ago|from now|later|atr[aá]s))",
    re.I,
)
_DOWN = re.compile(
    r"down|outage|offline|without|no access|unavailable|late|delay|ca[ií]d|sin |fora do ar|fail|"
    r"(?:have|has|had)(?:n'?t| not) (?:\w+ )?(?:gone out|been sent|worked|run)|stopped|dead\b|"
    r"returning (?:5\d\d|errors?)|nicht erreichbar|hors service|indisponible|"
    r"falh|bloque|panne|st[öo]r|ausf|travad|"
    r"sem |ausfall|ohne|panne|sans |coupure",
    re.I,
)
_TIME_RANGE = re.compile(r"\b(\d{1,2})\s*(am|pm)?\s*(?:-|to|until|–)\s*(\d{1,2})\s*(am|pm)\b", re.I)
_CLOCK_RANGE = re.compile(
    r"\b(?:from|de|das|desde las|von|entre|between)?\s*(?P<a>[01]?\d|2[0-3])(?:[:h.](?P<am>[0-5]\d))?h?"
    r"\s*(?:-|–|to|a|às|as|bis|à|até|hasta las|and|e|y|et|und)\s*(?P<b>[01]?\d|2[0-3])"
    r"(?:[:h.](?P<bm>[0-5]\d)|h\b)",
    re.I,
)
"""A 24-hour span, "das 9h às 17h", "05:10-06:40", "von 8 bis 14h": its length."""
_ALL_DAY = re.compile(
    r"all day|the whole day|whole working day|toda la jornada|todo el d[ií]a|o dia (?:todo|inteiro)|"
    r"den ganzen tag|ganzt[äa]gig|toute la journ[ée]e",
    re.I,
)
_SINCE_YESTERDAY = re.compile(
    r"since yesterday|desde ayer|desde ontem|seit gestern|depuis hier|(?:down|out|off|ca[íi]d[oa]|"
    r"falhando|fora do ar) (?:\w+ )?(?:since|desde) (?:last night|anoche|ontem)",
    re.I,
)
_WORKING_DAY_HOURS = 8.0
_SINCE_WEEKDAY = re.compile(
    r"\b(?:since|ever since|desde(?: (?:el|la|o|a))?|seit(?: (?:dem|letztem|letzten|vergangenem))?|"
    rf"depuis)\s+(?:[\w-]+\s+){{0,3}}?(?P<day>{_WEEKDAY})\b",
    re.I,
)
"""'Down since Tuesday', 'caída desde el lunes', 'seit Montag': the days since that weekday
(a week when it is today's weekday), counted from the day the case is read."""

_A_LIMIT_BEFORE = re.compile(
    r"\b(?:within|in the next|in|under|up to|en las pr[oó]ximas|en|dentro de|hasta|a m[áa]s tardar|"
    r"nas pr[oó]ximas|em at[ée]|em|at[ée]|innerhalb(?: von)?|in den n[äa]chsten|binnen|bis zu|sous|"
    r"dans les|dans|d'ici|promised|prometid\w*|zugesagt|told|dijeron|disseram)\s+(?:\w+\s+)?$",
    re.I,
)
"""'Refunded within 7 days', 'religação em 4h': a limit or a promise, not how long it hurt."""


def _duration(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next(
        (
            m
            for m in pattern.finditer(text)
            if not _A_LIMIT_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        ),
        None,
    )


def impact_hours(text: str, today: date | None = None) -> Found | None:
    """How long the failure has hurt them, in hours: "down 5h", "9h às 17h", "all day",
    "three days without a line", "down since Monday"; never a limit or a promise
    ("within 7 days")."""
    if m := _duration(_HOURS, text):
        value = float(m.group("n").replace(",", "."))
        return Found(value, snippet(text, m.start(), m.end(), 20))
    if m := _TIME_RANGE.search(text):
        start, end = int(m.group(1)), int(m.group(3))
        start_pm = (m.group(2) or m.group(4)).lower() == "pm" and start < 12
        start_h = start + 12 if start_pm and start != 12 else start
        end_h = end + 12 if m.group(4).lower() == "pm" and end != 12 else end
        if end_h <= start_h:
            end_h += 12
        return Found(float(end_h - start_h), m.group(0), inferred=True)
    if m := _CLOCK_RANGE.search(text):
        start = int(m.group("a")) + int(m.group("am") or 0) / 60
        end = int(m.group("b")) + int(m.group("bm") or 0) / 60
        if end > start and (m.group("am") or m.group("bm") or "h" in m.group(0).lower()):
            return Found(round(end - start, 2), m.group(0), inferred=True)
    if (m := _SINCE_YESTERDAY.search(text)) and _DOWN.search(text):
        return Found(24.0, m.group(0), inferred=True)
    if m := _ALL_DAY.search(text):
        return Found(_WORKING_DAY_HOURS, m.group(0), inferred=True)
    m = _duration(_DAYS, text)
    if m and _DOWN.search(text):
        value = float(m.group("n").replace(",", ".")) * 24
        return Found(value, m.group(0), inferred=True)
    if today is not None and _DOWN.search(text):
        for m in _SINCE_WEEKDAY.finditer(text):
            if (weekday := weekday_number(m.group("day"))) is not None:
                days = (today.weekday() - weekday) % 7 or 7
                return Found(24.0 * days, m.group(0), inferred=True)
    return None
