"""Sums of money in every common written form, each classified by what it is.

Only a customer value sizes the case; out-of-pocket costs and fees taken in error
are paid back; a demand is recorded, never offered; an earlier offer is context.
A range ("40-50k") is read at its midpoint, the agent's best estimate; the evidence
keeps the range for the agent to see and correct. A "$" in a case that names MXN,
CAD or AUD elsewhere is that currency: "$" alone is only US dollars by default.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, replace

from graph.models import AmountRole, ValueBasis
from graph.understanding.numbers import MULTIPLIER, NUMBER, multiplier, parse_number

_CODES = [
    "USD",
    "EUR",
    "GBP",
    "BRL",
    "CAD",
    "AUD",
    "CHF",
    "MXN",
    "JPY",
    "INR",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "NZD",
    "ZAR",
    "ARS",
    "CLP",
    "COP",
    "PEN",
    "CZK",
    "HUF",
    "SGD",
    "HKD",
    "CNY",
]
_SYMBOLS = {
    "US$": "USD",
    "U$S": "USD",
    "R$": "BRL",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "$ CA": "CAD",
    "$CA": "CAD",
    "$ CAN": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "MX$": "MXN",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "Fr.": "CHF",
    "SFr.": "CHF",
}
_WORDS = {
    r"dollars?|d[oó]lares|bucks": "USD",
    r"euros?": "EUR",
    r"pounds?(?: sterling)?|quid|libras?(?: esterlinas?)?|livres? sterling": "GBP",
    r"reais|reales|real(?=\s|[.,;]|$)": "BRL",
    r"(?:swiss )?francs?(?: suisses?)?|franken|fränkli": "CHF",
    r"pesos?(?: mexicanos)?": "MXN",
    r"rupees?": "INR",
}
_SYMBOL = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CODE = r"\b(?:" + "|".join(_CODES) + r")\b"
_WORD = r"\b(?:" + "|".join(_WORDS) + r")\b"
_CUR_BEFORE = rf"(?P<pre>{_SYMBOL}|{_CODE})"
_CUR_AFTER = rf"(?P<post>{_SYMBOL}|{_CODE}|{_WORD})"
_QTY = rf"(?P<n1>{NUMBER})(?:\s?(?P<m1>{MULTIPLIER}))?"
_RANGE = rf"(?:\s?(?:-|–|—|to|a|à|bis|y|and|e|et|und)\s?(?:{_SYMBOL})?\s?(?P<n2>{NUMBER})(?:\s?(?P<m2>{MULTIPLIER}))?)?"
_APPROX = (
    r"(?:~|≈|about|around|roughly|approx(?:imately|\.)?|circa|ca\.|nearly|almost|some|over|"
    r"more than|unos|unas|cerca de|alrededor de|aproximadamente|casi|más de|mais de|quase|"
    r"uns|umas|etwa|rund|ungefähr|knapp|über|environ|presque|plus de|près de)\s*"
)
_PREFIXED = re.compile(
    rf"(?P<approx>{_APPROX})?{_CUR_BEFORE}\s?~?{_QTY}{_RANGE}(?:\s?(?:{_SYMBOL}|{_CODE}|{_WORD}))?",
    re.I,
)
_SUFFIXED = re.compile(
    rf"(?P<approx>{_APPROX})?(?<![\w$€£.,]){_QTY}{_RANGE}\s?(?:de |d'|of |an )?{_CUR_AFTER}",
    re.I,
)
_BARE = re.compile(
    rf"(?P<approx>{_APPROX})?(?<![\w$€£.,:/-]){_QTY}(?:{_RANGE[:-1]}|(?![-–]\d))"
    r"(?![\s-]?(?:%|percent|por ?ciento|pour ?cent|prozent|hours?|hrs?|h\b|days?|d[ií]as|dias|"
    r"jours?|tage?n?|weeks?|months?|years?|yrs?|a[nñ]os?|anos?|jahre?n?|ans?\b|mois|meses|"
    r"monate?n?|users?|seats?|employees|staff|people|persons|personas|pessoas|leute|"
    r"mitarbeiter|times?|veces|vezes|vez\b|mal\b|fois|ª|º|am\b|pm\b|gb|mb|mbps|km|miles?\b|points?|x\b|"
    r"nights?|noches|noites|n[äa]chte|nuits|visits?|stays?|flights?|trips?|orders?|bookings?|"
    r"[ée]v[ée]nements?|eventos?|events?|veranstaltungen|occasions?|viagens|voyages|reisen|"
    r"s[ée]jours?|estancias?|estadias?|"
    r"rooms?|units?|lines?|sites?|pallets?|pal[ée]s|samples?|deals?|rows?|campaigns?|"
    r"st\b|nd\b|rd\b|th\b))",
    re.I,
)
_BARE_CUE_BEFORE = re.compile(
    r"(?:\b(?:arr|mrr|acv|tcv|aum|spend|spends|budget|contract|worth|value|revenue|valor|"
    r"gasto|umsatz|vertragswert|wert|valeur|montant)\b[^\d\n]{0,12})$",
    re.I,
)
_PER_YEAR = (
    r"(?:/\s?(?:yr|year|y|a|ano|año|jahr|an)\b|per (?:year|annum)|a year|each year|every year|"
    r"yearly|annually|annual|p\.?\s?a\.?(?!\w)|al año|por año|anuales|anual|por ano|ao ano|"
    r"anuais|pro jahr|im jahr|jährlich|j[äa]hrl\.|par an|par année|annuels?|annuellement|"
    r"jahresvolumen|jahresumsatz|volumen anual|volume anual|volume annuel|faturamento anual|"
    r"facturaci[óo]n anual|chiffre d'affaires annuel|annual (?:spend|volume|revenue)|"
    r"in (?:arr|acv)|arr|acv|this year|este a[ñn]o|dieses jahr|in diesem jahr|cette ann[ée]e)"
)
_PER_MONTH = (
    r"(?:/\s?(?:mo|month|mth|mes|mês|mes|monat|mois|m)\b|per month|a month|each month|"
    r"every month|monthly|al mes|por mes|mensuales|mensual|por mês|ao mês|mensais|mensal|"
    r"pro monat|im monat|monatlich|par mois|mensuels?|mensuellement|mrr)"
)
_FILLER = r"(?:(?:HT|TTC|net|brutto|netto|excl\.? VAT|\+ ?(?:VAT|IVA|MwSt|TVA))\s?)?(?:[\w'’-]{1,14}\s){0,4}"
"""Up to three short words between a sum and its period: "£310k GWP a year"."""
_LAST_TWELVE_MONTHS = (
    r"(?:in |over )?(?:the )?(?:last|past) (?:12|twelve) (?:months?|mos?)|"
    r"(?:en |n)?(?:los|os) [úu]ltimos (?:12|doce) meses|in den letzten (?:12|zwölf) monaten|"
    r"(?:sur|au cours des|pendant les) (?:12|douze) derniers mois"
)
"""A sum followed by the last twelve months is a year's spend ("spent ~$6,200 last 12 mo");
the words before a sum are not read this way, since "three outages in the past 12 months
cost us $5k" counts incidents, not what they spend."""
_AFTER_YEAR = re.compile(rf"^\s?{_FILLER}(?:{_PER_YEAR}|{_LAST_TWELVE_MONTHS})(?!\w)", re.I)
_AFTER_MONTH = re.compile(rf"^\s?{_FILLER}{_PER_MONTH}(?!\w)", re.I)
_OTHER_PERIODS: list[tuple[float, re.Pattern[str]]] = [
    (
        factor,
        re.compile(rf"^\s?{_FILLER}(?:{words})(?!\w)", re.I),
    )
    for factor, words in (
        (
            365.0,
            r"/\s?(?:day|d[ií]a|dia|tag|jour)|per day|a day|each day|daily|al d[ií]a|por d[ií]a|"
            r"ao dia|por dia|pro tag|am tag|t[äa]glich|par jour",
        ),
        (
            52.0,
            r"/\s?(?:wk|week|semana|woche)|per week|a week|each week|every week|weekly|"
            r"a la semana|por semana|cada semana|pro woche|jede woche|w[öo]chentlich|par semaine|"
            r"chaque semaine",
        ),
        (
            4.0,
            r"per quarter|a quarter|each quarter|every quarter|quarterly|/\s?q(?:tr)?\b|"
            r"por trimestre|al trimestre|cada trimestre|pro quartal|im quartal|jedes quartal|"
            r"viertelj[äa]hrlich|par trimestre|chaque trimestre",
        ),
        (
            2.0,
            r"per (?:semester|term)|a (?:semester|term)|each (?:semester|term)|por semestre|"
            r"al semestre|pro semester|im semester|par semestre",
        ),
    )
]
"""Sums quoted per day, week, quarter or semester: turned into a year."""
_ORDINAL_BEFORE = re.compile(
    r"(?:month|week|day|year|mes|m[êe]s|monat|mois|a[ñn]o|ano|jahr|no\.|nr\.|#|x|vs\.?)\s*$", re.I
)
""""month 7 of our annual plan" is a position, not a sum."""
_PERIOD_IN_CLAUSE = re.compile(rf"(?<!\w)(?:{_PER_YEAR}|{_PER_MONTH})(?!\w)", re.I)
"""An uncued sum after "10 nights a year, maybe $2k" is what they spend in that period."""
_CONTRACT_TERM = re.compile(
    r"(?:contract|contrat|contrato|vertrag|laufzeit|deal|agreement|licen[cs]e|licencia|"
    r"licen[çc]a)\b\W{0,3}(?:de |von |of |for |sur |[üu]ber |por )?\d+[- ]?(?:years?|yrs?|ans|"
    r"a[nñ]os|anos|jahre?n?)\b|\b\d+[- ]?(?:years?|yrs?|ans|a[nñ]os|anos|jahres?)[- ](?:[\w&]+ ){0,3}?"
    r"(?:contract|deal|agreement|licen[cs]e|term|subscription|vertrag|contrato|contrat|licencia|"
    r"licen[çc]a)",
    re.I,
)
"""A contract with its term ("Contrat : 3 ans", "3-year deal"): the total said beside it is
the contract's worth over that term, not a lifetime spend."""
_AFTER_CODE = re.compile(rf"^\s?(?P<code>{_CODE}|{_WORD})", re.I)

_CUES: dict[str, str] = {
    "already_offered": r"offered|we (?:gave|sent|issued)|gave (?:him|her|them)|voucher|"
    r"goodwill|ofrec\w*|le dimos|cup[oó]n|vale de|oferec\w*|demos um|angeboten|gutschein|"
    r"boten|propos[ée]e?s?|offert|bon d'achat|geste commercial|credited",
    "fee_in_error": r"(?:we|you|they) (?:have |had |just )?charged (?:\w+ ){0,3}|(?:you(?:'ve| have)?|"
    r"they(?:'ve| have)?) (?:now |already )?(?:taken|took|collected|debited|withdrawn)|vous "
    r"(?:m'|nous |lui )?avez (?:pris|pr[ée]lev[ée]|d[ée]bit[ée]|factur[ée])|mehr als vereinbart|more than (?:agreed|quoted)|m[áa]s de lo acordado|"
    r"a mais do que o (?:combinado|acordado)|de plus que pr[ée]vu|"
    # the overcharge named as the gap: "cobramos 400 em vez de 40, diferença de R$ 32.400"
    r"(?:the |a |la |una |uma |die |eine |une )?(?:difference|diferen[çc]a|diferencia|differenz|"
    r"diff[ée]rence) (?:of|de|von|d')\s*|"
    r"charged (?:twice|again|in error|by mistake|wrongly|double)|zweimal "
    r"(?:eingezogen|abgebucht|belastet)|(?:eingezogen|abgebucht) (?:\w+ ){0,2}zweimal|collected "
    r"twice|zu viel|too much|de m[áa]s|a mais|en trop|trop-per[çc]u|"
    r"double[- ]?(?:charged|billed|charge)|duplicate (?:charge|payment|debit)|overcharg\w*|"
    r"(?:wrong(?:ly)?|incorrect(?:ly)?|erroneous(?:ly)?|unauthori[sz]ed|mistaken) "
    r"(?:charged?|fees?|debits?|billed)|fees?\b|charges?\b(?= (?:in error|by mistake|we))|"
    r"penalt(?:y|ies) we|cobr\w* (?:dos veces|dobles?|duplicad\w*|por error|indebid\w*|de m[aá]s)|"
    r"comisi[oó]n(?:es)?|cargos? (?:indebid\w*|duplicad\w*|por error)|"
    r"cobran[cç]a (?:indevida|duplicada|em dobro)|cobrad\w* (?:duas vezes|em dobro|indevidamente)|"
    r"tarifas?|taxas?|doppelt (?:abgebucht|berechnet)|geb[üu]hren?|zu viel berechnet|"
    r"doppelt belastet|\w*geb[üu]hr\w*|falsch (?:abgebucht|berechnet)|(?:overdraft|late|penalty|bank|unarranged|admin\w*) "
    r"(?:\w+ )?(?:charges?|fees?)|pr[ée]lev\w* (?:deux fois|à tort|par erreur)|"
    r"factur\w* deux fois|frais (?:prélevés )?(?:à tort|par erreur)|frais bancaires|"
    # charged for what they never used: "R$ 389 de roaming numa viagem que ela nem fez"
    r"(?:never|not) (?:used|made|took|received|ordered)|(?:que )?(?:ela|ele|eu|[ée]l|ella|yo) nem "
    r"(?:fez|usou|recebeu)|nunca (?:us[óo]|usou|fez|hizo|recibi[óo]|recebeu|pidi[óo]|pediu)|"
    r"nie (?:genutzt|erhalten|bestellt|benutzt)|jamais (?:utilis[ée]|re[çc]u|command[ée])",
    "out_of_pocket": r"(?:lender|landlord|bank|banco|banque|supplier|contractor|builder|"
    r"empresa de \w+|utility|card company|arrendador|casero|propriet[áa]rio|vermieter|"
    r"handwerker|entreprise|reformas|accountant|expert-comptable|contador|contabilista|"
    r"steuerberater|seller|verk[äa]ufer|vendeur|vendedor|notary|notar|notaire|(?:care |nursing )?"
    r"home) (?:\w+ ){0,6}?(?:charged|charges|added|cobr[óo]|cobra|cobrou|"
    r"berechnet\w*|factur[ée]|facture|applied)|themselves|himself|herself|de su bolsillo|do "
    r"pr[óo]prio bolso|aus eigener tasche|de sa poche|at (?:her|his|their) own (?:cost|expense)|"
    r"juros|intereses|\w*zinsen|int[ée]r[êe]ts|interest|agios|"
    # paid from their own savings: "$3,400 out of our savings", "de nuestros ahorros"
    r"out of (?:our|my|his|her|their) (?:own )?(?:savings|pocket)|de (?:nuestros|mis|sus) "
    r"ahorros|d[ao]s (?:nossas|minhas|suas) poupan[çc]as|aus (?:unseren|meinen|ihren) "
    r"ersparnissen|sur (?:nos|mes|ses|leurs) [ée]conomies|mietwagen|leihwagen|"
    r"coche de alquiler|carro alugado|voiture de location|"
    r"(?:(?:he|ha|hemos|han) tenido|tuve|tuvo|tuvimos|tuvieron) que (?:pagar|comprar|alquilar|"
    r"reservar)|(?:ont|a|avons|ai) (?:d[ée]j[àa] )?rachet[ée]s?|die ich (?:selbst )?bezahlt|"
    r"(?:tive|teve|tivemos|tiveram) que (?:pagar|comprar|alugar)|physio\w*|doctor'?s? (?:visit|fee|bill)|"
    r"emergency (?:visit|room)|"
    r"receipts?|h[ôo]tel|taxis?|cabs?|uber|lyft|rental car|car hire|meals?|"
    r"replacement|had to (?:buy|pay|book|rent|hire|get)|paid for|out[- ]of[- ]pocket|rented|"
    r"(?:acab\w*|termin\w*|ended up|wound up) (?:pagando|paying|pagar)|pagou|alugou|"
    r"alquil\w*|mietete|lou[ée]|gr[úu]a|tow\w*|abschlepp\w*|d[ée]pann\w*|pharmacy|farmacia|"
    r"farm[áa]cia|apotheke|pharmacie|"
    r"expenses|repair bill|plumber|electrician|technician|courier|babysitter|new flight|"
    r"recibos?|tickets? de|gastos|tuvo que (?:pagar|comprar|reservar)|comprobantes?|"
    r"comprovantes?|nota fiscal|despesas|teve que (?:pagar|comprar|reservar)|quittung\w*|"
    r"belege?|auslagen|musste\w* (?:\w+ )?(?:zahlen|kaufen|buchen)|re[çc]us?|justificatifs?|"
    r"a d[ûu] (?:payer|acheter|réserver)|d[ée]penses|frais de (?:taxi|h[ôo]tel|repas)",
    "demand": r"requer\w*|requier\w*|exigimos|reclamamos|exijo|pido|pedimos|quiero|queremos|"
    r"pe[çc]o|pedimos|quero|queremos|fordere|fordern|verlange|verlangen|j'exige|je r[ée]clame|"
    r"nous (?:demandons|r[ée]clamons|exigeons)|(?:wants?|asks?|expects?) (?:us|you) to pay|"
    r"que (?:le |les |lhe |lhes )?(?:paguemos|paguen|paguem|devolvamos|devolvam)|"
    r"reembolso|devoluci[óo]n|estorno|devolu[çc][ãa]o|remboursement|r[üu]ckerstattung|"
    r"erstattung|gutschrift|compensaci[óo]n|compensa[çc][ãa]o|indemnisation|"
    r"indemnizaci[óo]n|indemniza[çc][ãa]o|entsch[äa]digung|da[ñn]os y perjuicios|danos morais|"
    r"dommages[- ]int[ée]r[êe]ts|schadens?ersatz|refund(?!ed)|compensat\w*|reimburs\w*|wants?|demand\w*|asking for|asks for|expects?|requests?|would like|insists? on|"
    r"claim(?:s|ing)? (?:for|back)?|quiere|exige|pide|reclama|solicita|quer|pede|pedindo|"
    r"verlangt|fordert|m[öo]chte|erwartet|veut|r[ée]clame|demande",
    "customer_loss": r"lost (?:\w+ )?(?:revenue|sales|income|business|bookings|vendas)|\blost\b|"
    r"nos cuesta|nos custa|kostet uns|nous co[ûu]te|fraudulent (?:transfers?|charges?|payments?|"
    r"transactions?)|stolen|scam\w*|golpe|roub\w+|"
    r"robad\w*|estafa|betrug|arnaque|escroquerie|"
    r"loss(?:es)?|costs? (?:us|them|him|her|the business)|costing|missed sales|"
    r"penalt(?:y|ies)(?! we)|fines\b|multas?|coimas?|perdido|vertragsstrafe\w*|strafe|p[ée]nalit[ée]s?|"
    r"penalizaci[oó]n|multa contratual|"
    r"damages?|perdi[oó]|p[ée]rdidas?|perdimos|perdeu|perdas?|preju[ií]zo|verlust\w*|"
    r"verloren|verlier\w*|losing|threw away|thrown away|spoil(?:ed|t)|wasted|had to (?:bin|throw)|"
    r"tiramos|tirar(?:on)?|jogamos fora|jogou fora|weggeworfen|wegwerfen|jet[ée]e?s?|perdiendo|perdendo|perd(?:ons|ent)|schaden|pertes?|perdu|"
    r"manque à gagner|los(?:e|es)|perdid[oa]s|perdus?|perdues?|"
    r"missed (?:\w+ ){0,2}(?:appointments|bookings|meetings|orders|sales|shifts|deliveries)|"
    r"in missed|standby costs?|to (?:their |its )?(?:viewers|buyers|fans|ticket holders)|idle (?:crew|time|staff)|worth of (?:\w+ ){0,2}(?:meetings|orders|"
    r"business|bookings|sales)|refunded (?:\w+ )?(?:to )?(?:their |its )?(?:viewers|buyers|"
    r"customers|clients|fans)|ventas perdidas|pedidos perdidos|vendas perdidas",
    "customer_value": r"arr|mrr|acv|tcv|aum|assets|portfolio|invested|investments?|holdings|"
    r"deposits?|balance|savings|spends?|spending|pays?(?: us)?|paying|(?:account|customer|"
    r"relationship|they'?re|he'?s|she'?s|is|are|client) worth|(?:has|have|had) spent|spent with us|"
    r"(?:with|con|com|bei|chez) (?:us|nosotros|ustedes|a gente|uns|nous)|conosco|"
    r"total spent|buchungswert|bestellwert|auftragswert|"
    r"booking value|order value|valor (?:da|de la|del|do) (?:reserva|pedido|contrato)|montant de la "
    r"(?:r[ée]servation|commande)|cotisations?|beitr[äa]ge?|prime(?: mensuelle| annuelle)?|"
    r"(?:usual|normal|average|typical|regular|habitual|[üu]bliche?|moyenne?|m[ée]di[ao]) "
    r"(?:monthly |quarterly |annual |yearly |mensual |trimestral )?(?:bill|invoice|factura|fatura|"
    r"rechnung|facture|spend|gasto|conta)|"
    r"account value|revenue|contract|licen[cs]es?|subscription|plan|books|lifetime|"
    r"patrimonio|patrim[ôo]nio|cartera|carteira|inversiones|investimentos|gasta[nm]?|gastamos|gastaba[n]?|gastava[m]?|paga[nm]?|pagamos|pagaba[n]?|pagava[m]?|"
    r"factura\w*|fatura\w*|contrato|suscripci[oó]n|assinatura|zahlt|umsatz|verm[öo]gen|"
    r"depot\w*|anlagen|vertrag|abos?|abo(?:preis|geb[üu]hr\w*|kosten)|d[ée]pense\w*|paie|chiffre d'affaires|patrimoine|"
    r"portefeuille|placements|encours|contrat|abonnement|in flights|en vuelos|em voos|"
    r"premiums?|gwp|pr[äa]mie\w*|jahrespr[äa]mie|prima|p[óo]liza|ap[óo]lice|mensalidade|"
    r"mensualidad|cuota|monatsbeitrag|mensualit[ée]|dep[óo]sitos|fondos|ahorros|aplica[çc][õo]es|"
    r"einlagen|fonds|[ée]pargne|in total|au total|en total|no total|insgesamt|total since|"
    r"\w*vertrag\w*|\w*volumen|"
    r"d'achats|de billets|tarifas|investimos|facturan|traen|bringen|trazem|fees and margin",
}
_NOT_VALUE = re.compile(
    r"(?<![\w])(?:driving licen[cs]es?|licen[cs]e plates?|credit (?:line|facility|limit)|line of "
    r"credit|overdraft limit|loan|mortgage(?! "
    r"payment)|l[ií]nea de cr[ée]dito|p[óo]liza de cr[ée]dito|pr[ée]stamo|hipoteca|"
    r"linha de cr[ée]dito|empr[ée]stimo|financiamento|kredit(?:linie|rahmen)?|darlehen|"
    r"hypothek|dispo(?:kredit|rahmen)?|ligne de cr[ée]dit|pr[êe]t|"
    r"transfers?|wires?|wire transfer|payroll(?: batch| run)?|batch|payouts?|pix|ted\b|repasse|"
    r"transferencias?|transfer[êe]ncias?|[üu]berweisung\w*|virements?|n[óo]mina|folha de "
    r"pagamento|lohnlauf|salary|salaire|sueldo|sal[áa]rio|gehalt|lohn|income|ingresos|renda|"
    r"einkommen|revenus|pension|rente|rent|loyer|alquiler|aluguel|miete|"
    r"(?:care|nursing) home (?:fees?|bills?)|standing order|"
    r"deposit|kaution|fianza|"
    r"cau[çc][ãa]o|anzahlung|acompte|sinal|arras)(?![\w])",
    re.I,
)
"""Sums that are the customer's own money moving, borrowed or earned (a transfer, a
payroll run, a credit line, a salary, the rent, a deposit held): none of them is what the
customer is worth to us, so the nearest of these words makes a sum plain context."""
_CUE_RE = {role: re.compile(rf"(?<![\w])(?:{cue})(?![\w])", re.I) for role, cue in _CUES.items()}
_PRIORITY = list(_CUES)
_REVENUE = re.compile(
    r"revenue|sales|umsatz|ventas|vendas|chiffre d'affaires|faturamento|facturaci[oó]n", re.I
)
_TOOK = re.compile(
    r"(?<!\w)(?:charged|debited|taken|took|collected|withdrawn|deducted|pr[ée]lev[ée]e?s?|"
    r"d[ée]bit[ée]e?s?|cobrad[oa]s?|cobraron|cobraram|descontad[oa]s?|abgebucht|eingezogen|"
    r"belastet|abgezogen)(?!\w)",
    re.I,
)
_REFUND_BEFORE = re.compile(
    r"(?:refund|reembolso|reembols\w+|devoluci[óo]n|estorno|remboursement|erstattung|"
    r"r[üu]ckerstattung)\s(?:of |de |do |da |du |des |von )?(?:the |los |las |os |as |les |der |"
    r"die )?$",
    re.I,
)
_NEVER_CAME = re.compile(
    r"^\s?(?:\w+ ){0,2}(?:never (?:arrived|came|landed)|(?:has|have|had) (?:still )?not "
    r"(?:arrived|come|landed)|(?:hasn't|haven't|didn't) (?:arrived?|come|landed)|still not "
    r"(?:received|paid)|nunca (?:lleg[óo]|chegou|caiu)|no (?:ha |han )?llegad[oa]|n[ãa]o (?:caiu|chegou)|"
    r"(?:ist |sind )?nie (?:angekommen|eingegangen)|(?:ist |sind )?noch nicht (?:angekommen|"
    r"eingegangen)|(?:n'est |ne sont )?jamais arriv[ée]s?|n'est (?:toujours )?pas arriv[ée])",
    re.I,
)
"""A refund we promised that never came: what we owe back, like a fee taken in error."""
_BILL = re.compile(r"factura\w*|fatura\w*|factur\w*|facture\w*|bills?|invoices?|rechnung\w*", re.I)
"""A bill word before a sum a charge verb took, or a charge verb just before it ("a été
prélevée à 40 500 €"), names one charge, not what they pay a year (a yearly or monthly
figure is read by its period before this)."""
"""A revenue word sizes what the customer lost when a loss is told before it ("verliert
1.400 Bestellungen mit 210.000 € Umsatz"), and what they are worth otherwise."""
_REFUSED = re.compile(
    r"refus\w*|reject\w*|declin\w*|turned (?:it )?down|insult\w*|laugh\w* at|not accept\w*|"
    r"rechaz\w*|no (?:lo |la )?acept\w*|recus\w*|n[ãa]o aceit\w*|abgelehnt|lehnt\w* \w* ?ab|"
    r"beleidigend|refus[ée]\w*|d[ée]clin[ée]",
    re.I,
)
_BASIS_CUES: list[tuple[ValueBasis, re.Pattern[str]]] = [
    (
        "aum",
        re.compile(
            r"\baum\b|assets|portfolio|invested|investments?|holdings|deposits|savings|aplicad[oa]s|"
            r"invertid[oa]s|investid[oa]s|angelegt|plac[ée]s|"
            r"dep[óo]sitos|fondos|ahorros|aplica[çc][õo]es|einlagen|fonds|[ée]pargne|depot\w*|"
            r"patrimonio|patrim[ôo]nio|cartera|carteira|inversiones|investimentos|verm[öo]gen|"
            r"depot|anlagen|patrimoine|portefeuille|placements|encours|sparguthaben|guthaben|"
            r"spareinlagen?|tagesgeld|festgeld|poupan[çc]a|saldo|livrets?|balance",
            re.I,
        ),
    ),
    (
        "contract",
        re.compile(
            r"\btcv\b|total contract|contract total|multi[- ]year|\d+[- ]?(?:years?|yrs?|"
            r"jahres?|a[nñ]os|anos|ans)[- ](?:contract|deal|agreement|licen[cs]e|term|"
            r"subscription|vertrag|laufzeit|contrato|contrat|licencia|licen[çc]a)|"
            r"(?:contract|deal|agreement|licen[cs]e) (?:over|for|of) \d+ years|(?:over|for|across) "
            r"(?:the )?(?:next )?\d+ years|year \d+ of \d+|contrato (?:de|por) \d+ a[nñ]os|"
            r"(?:por|durante|sobre) \d+ (?:a[nñ]os|anos)|\d+-jahres-?vertrag|vertrag [üu]ber \d+ "
            r"jahre|laufzeit (?:von )?\d+ jahre\w*|f[üu]r \d+ jahre|contrat de \d+ ans|"
            r"(?:sur|pour) \d+ ans|[üu]ber \d+ jahre|(?<!annual )(?<!yearly )contract (?:value|price|"
            r"sum|amount)|(?:our|the|their|su|seu|notre|le|unser\w*) (?!annual )(?:\w+ )?contra"
            r"(?:c?t|to)\b(?! anual)(?! annuel)|(?<!\w)(?!jahres)\w*vertrag\w*|vertragsvolumen",
            re.I,
        ),
    ),
    (
        "lifetime",
        re.compile(
            r"lifetime|in total|all told|in all|altogether|total spend|over the (?:years|last \d+ years)|"
            r"since (?:she |he |they )?(?:joined|joining|"
            r"\d{4}|last year)|total since|so far|to date|en total|gasto total|ha gastado|no total|"
            r"gastou|insgesamt|bisher|au total|d'achats|depuis (?:le début|\d{4})|only paid|just paid|"
            r"one-?off|single payment|solo pag[óo]|s[óo] pagou|apenas pagou|einmalig\w*|"
            r"nur (?:einmal )?bezahlt|paiement unique|n'a pay[ée] que|"
            # a single purchase: "orçamento único", "only the bike", "prestation ponctuelle"
            r"(?:servicio|servi[çc]o|or[çc]amento|presupuesto|pago|pagamento|compra|trabajo|"
            r"trabalho) [úu]nic[oa]|(?:only|just) the (?!\w+ (?:a|per|each) )|one-?time|"
            r"single (?:purchase|order|job|service|booking)|prestation (?:unique|ponctuelle)|"
            r"einmalige[rns]? (?:auftrag|kauf|leistung)",
            re.I,
        ),
    ),
    (
        "monthly",
        re.compile(
            rf"(?<!\w)(?:{_PER_MONTH}|mensalidade|mensualidad|monthly fee|cuota mensual|mensuelles?|"
            rf"monatsbeitrag|mensualit[ée])(?!\w)",
            re.I,
        ),
    ),
    (
        "annual",
        re.compile(
            rf"(?<!\w)(?:{_PER_YEAR}|annuelles?|jahresvertrag\w*|contrato anual|contrat annuel)(?!\w)",
            re.I,
        ),
    ),
]
_CLAUSE_BREAK = re.compile(
    r"(?P<abbr>(?<![\w])(?:ca|env|approx|aprox|nr|mio|mrd|dr|mr|mrs|ms|sr|sra|mme|etc|inkl|"
    r"zzgl|bzw|tsd)\.\s)|[.!?;]\s|\n|\s(?:but|pero|mas|aber|mais|while|whereas)\s",
    re.I,
)
"""Sentence ends and contrast words, not the dot of "ca." or "Mio."."""


@dataclass(frozen=True)
class Mention:
    value: float
    currency: str | None
    start: int
    end: int
    approximate: bool
    ranged: bool


@dataclass(frozen=True)
class Classified:
    mention: Mention
    role: AmountRole
    basis: ValueBasis | None
    refused: bool
    evidence: str


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    stripped = token.strip()
    for symbol, code in _SYMBOLS.items():
        if stripped.upper() == symbol.upper():
            return code
    if stripped.upper() in _CODES:
        return stripped.upper()
    for pattern, code in _WORDS.items():
        if re.fullmatch(pattern, stripped, re.I):
            return code
    return None


_CHANGED_FROM = re.compile(
    r"\b(?:went|gone|goes|jumped|rose|risen|increased|raised|climbed|up|down|dropped|fell|"
    r"reduced|changed|subi[óo]|aument\w*|baj[óo]|subiu|caiu|stieg|gestiegen|erh[öo]ht|"
    r"gesenkt|augment\w*|pass[ée]e?|baiss[ée]e?)\b[^.\n]{0,25}?\b(?:from|de|von|desde|du)\s*"
    r"\(?\s*(?:[$€£]|R\$|US\$)?\s*$",
    re.I,
)
"""A price that changed ("went up from $412 to $486", "subió de 40 a 55 €"): its two figures
are before and after, and what the customer pays now is the second."""


def _mention(m: re.Match[str], currency: str | None, second: bool = False) -> Mention | None:
    groups = m.groupdict()
    try:
        low = parse_number(groups["n1"])
    except ValueError:
        return None
    mult1 = multiplier(groups.get("m1"))
    mult2 = multiplier(groups.get("m2"))
    if groups.get("n2") and mult1 == 1 and mult2 != 1:
        mult1 = mult2
    value = low * mult1
    if second and groups.get("n2"):
        with contextlib.suppress(ValueError):
            value = parse_number(groups["n2"]) * (mult2 if mult2 != 1 else mult1)
    elif groups.get("n2"):
        with contextlib.suppress(ValueError):
            value = (value + parse_number(groups["n2"]) * (mult2 if mult2 != 1 else mult1)) / 2
    if value <= 0:
        return None
    start = m.start("n1") if groups.get("approx") is None else m.start()
    return Mention(
        value=round(value, 2),
        currency=currency,
        start=min(start, m.start("pre") if groups.get("pre") else start),
        end=m.end(),
        approximate=groups.get("approx") is not None,
        ranged=bool(groups.get("n2")),
    )


def token_value(token: str) -> float | None:
    try:
        return parse_number(token)
    except ValueError:
        return None


def find_mentions(text: str) -> list[Mention]:
    """Every sum in `text`, with its currency where it names one; bare numbers only where
    a multiplier, a per-period or a value word marks them as money."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    repeated: set[int] = set()

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for pattern, group in ((_PREFIXED, "pre"), (_SUFFIXED, "post")):
        for m in pattern.finditer(text):
            if not free(m.start("n1"), m.end()):
                continue
            code = _currency(m.group(group))
            if trailing := _AFTER_CODE.match(text[m.end() : m.end() + 12]):
                code = _currency(trailing.group("code")) or code
            mention = _mention(m, code)
            if mention and mention.ranged and _CHANGED_FROM.search(text, 0, mention.start):
                # "went up 18% (from $412 to $486)": a change, not a range; the sum is now 486
                mention = _mention(m, code, second=True)
            if mention:
                found.append(mention)
                taken.append((m.start("n1"), m.end()))
    for m in _BARE.finditer(text):
        if not free(m.start("n1"), m.end()):
            continue
        token = m.group("n1")
        after = text[m.end() : m.end() + 20]
        before = text[max(0, m.start("n1") - 30) : m.start("n1")]
        is_year = re.fullmatch(r"(?:19|20)\d\d", token) is not None
        if _ORDINAL_BEFORE.search(before):
            continue
        marked = (
            m.group("m1")
            or _AFTER_YEAR.match(after)
            or _AFTER_MONTH.match(after)
            or _BARE_CUE_BEFORE.search(before)
        )
        # a sum said again without its currency ("un portátil de 4,2 millones de pesos ...
        # pide que le devuelvan los 4,2 millones") is the same money
        said_before = next(
            (f.currency for f in found if f.currency and token_value(token) == f.value), None
        )
        if said_before and not is_year and (token_value(token) or 0) >= 10:
            mention = _mention(m, said_before)
            if mention:
                found.append(mention)
                repeated.add(mention.start)
                taken.append((m.start("n1"), m.end()))
        elif marked and not (is_year and not m.group("m1")):
            mention = _mention(m, None)
            if mention:
                found.append(mention)
                taken.append((m.start("n1"), m.end()))
    read = _dollar_family(sorted(found, key=lambda mention: mention.start), text)
    # a sum said again takes the currency its first mention was read in
    first = {m.value: m.currency for m in reversed(read) if m.start not in repeated}
    return [
        replace(m, currency=first.get(m.value, m.currency)) if m.start in repeated else m
        for m in read
    ]


_DOLLAR_CODES = ("CAD", "AUD", "MXN", "NZD", "SGD", "HKD", "ARS", "CLP", "COP")
_DOLLAR_PLACES = {
    "CAD": r"canad\w*|qu[ée]bec|ontario|toronto|montr[ée]al|vancouver|calgary|ottawa|alberta",
    "AUD": r"australia\w*|sydney|melbourne|brisbane|perth|adelaide",
    "MXN": r"m[ée]xico|mexican\w*|cdmx|guadalajara|monterrey|canc[úu]n|quer[ée]taro|pesos",
    "NZD": r"new zealand|auckland|wellington",
    "COP": r"colombia\w*|bogot[áa]|medell[íi]n|cali\b|barranquilla|cartagena de indias",
    "ARS": r"argentin\w*|buenos aires|c[óo]rdoba \(ar|rosario|mendoza",
    "CLP": r"chile\b|chilen\w*|santiago de chile|valpara[íi]so",
}
_PESO_CODES = ("COP", "ARS", "CLP")
"""Countries whose money is also called "pesos": named in the case, they say which pesos."""


_COUNTRY_CURRENCY = {
    **_DOLLAR_PLACES,
    "GBP": r"\bUK\b|united kingdom|england|scotland|wales|london|manchester|birmingham|glasgow",
    "BRL": r"brasil|brazil|s[ãa]o paulo|rio de janeiro|belo horizonte|curitiba|porto alegre",
    "CHF": r"switzerland|schweiz|suisse|svizzera|z[üu]rich|gen[èe]ve|geneva|basel|bern\b",
    "EUR": r"portugal|lisboa|lisbon|porto\b|deutschland|germany|berlin|m[üu]nchen|munich|"
    r"hamburg|[öo]sterreich|austria|wien|vienna|france|paris|lyon|marseille|espa[ñn]a|spain|"
    r"madrid|barcelona|valencia|sevilla|italia|italy|ireland|dublin|belgi\w+|bruxelles",
}
_LANGUAGE_CURRENCY = {"de": "EUR", "fr": "EUR", "es": "EUR", "pt": "BRL"}
"""Where no amount says which money, the case's language is the next best hint: most
German, French and Spanish cases are in euros, most Portuguese ones in reais. Always
shown on the facts card as inferred, so an agent in Mexico or Lisbon corrects it once."""


def currency_without_amounts(text: str, language: str | None) -> tuple[str, str] | None:
    """The customer's currency, and why, when the case names no sum with one."""
    for code, places in _COUNTRY_CURRENCY.items():
        if m := re.search(places, text, re.I):
            return code, f"the case mentions {m.group(0)}"
    if language in _LANGUAGE_CURRENCY:
        return _LANGUAGE_CURRENCY[language], f"the case is written in {language}"
    return None


def _dollar_family(found: list[Mention], text: str) -> list[Mention]:
    """Bare "$" sums take the dollar-family currency the case names elsewhere."""
    named = [m.currency for m in found if m.currency in _DOLLAR_CODES]
    named += [code for code in _DOLLAR_CODES if re.search(rf"\b{code}\b", text)]
    named += [code for code, places in _DOLLAR_PLACES.items() if re.search(places, text, re.I)]
    if not named:
        return found
    out = []
    for mention in found:
        written = text[mention.start : mention.end]
        if mention.currency == "USD" and "$" in written and "US" not in written:
            mention = replace(mention, currency=named[0])
        elif mention.currency == "MXN" and "peso" in written.lower():
            pesos = next((code for code in named if code in _PESO_CODES), None)
            mention = replace(mention, currency=pesos or "MXN")
        out.append(mention)
    return out


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a sum, within its clause."""
    before = text[max(0, start - 80) : start]
    if start > 80 and text[start - 81].isalnum():
        before = before.split(" ", 1)[-1]  # not the tail of a cut word ("c|losing")
    cuts = [m for m in _CLAUSE_BREAK.finditer(before) if not m.group("abbr")]
    if cuts:
        before = before[cuts[-1].end() :]
    after = text[end : end + 60]
    cut = next((m for m in _CLAUSE_BREAK.finditer(after) if not m.group("abbr")), None)
    if cut:
        after = after[: cut.start()]
    return before, after


_THIRD_PARTY = re.compile(
    r"(?<!\w)(?:(?:the|their|her|his|my|our|die|der|ihre?|seine?|meine?|el|la|su|sus|o|a|"
    r"le|la|leur|sa|son) )?(?:bank|banco|banque|landlord|casero|senhorio|vermieter|"
    r"propri[ée]taire|(?:care |nursing )?home|heim|pflegeheim|seller|verk[äa]ufer|vendeur|"
    r"vendedor|accountant|expert-comptable|contador|contabilista|steuerberater|lender|"
    r"supplier|lieferant|fournisseur|proveedor|fornecedor|notary|notar|notaire)"
    r"(?: \w+){0,3} (?:charged|added|billed|hat|haben|a|ont|cobr\w*|factur\w*|berechn\w*|"
    r"leur a|lui a|me|mir|ihr|ihm|uns)\b",
    re.I,
)
"""Someone other than us charging the customer ("the home charged a £120 late fee", "die
Bank hat 87,50 € Dispozinsen berechnet", "leur expert-comptable leur a facturé"): money
they paid out, not a fee we took in error."""
_NAMED_RIGHT_AFTER = 2
"""A cue word right after a sum names it ("23,40 € Zinsen", "40 k€ perdu", "$75 late fee"),
so it counts as near as any word before."""


def _role(before: str, after: str, answering_value: bool) -> AmountRole:
    role = _nearest_role(before, after, answering_value)
    third = list(_THIRD_PARTY.finditer(before)) if role == "fee_in_error" else []
    # "we charged her twice ... and her bank added a $25 fee": the bank's, named last
    if third and not _US.search(before[third[-1].start() :]):
        return "out_of_pocket"
    return role


_US = re.compile(r"(?<!\w)(?:we|you|your|vous|ustedes|voc[êe]s|sie|ihr|nos|nous)(?!\w)", re.I)


_VALUE_CUE_REACH = 25
"""How near a word of paying or billing, or a period, must stand to a sum in the complaint for
the sum to be what the customer is worth. The complaint's sums are mostly the incident's (a
payroll batch, a quote, an overcharge, what they paid up front); "pagamento", "la factura" or
"annuel" half a clause away names something else, and the value is then asked, not guessed.
Words that only name a relationship (ARR, assets, a contract, spend) reach the whole clause,
and an answer to the value question is read as a value at any distance."""
_PAYING = re.compile(
    r"pays?(?: us)?|paying|paga[nm]?|pagamos|gasta[nm]?|zahlt|paie|factura\w*|fatura\w*|factur\w*|"
    r"facture\w*|bills?|invoices?|rechnung\w*|in total|au total|en total|no total|insgesamt|"
    r"licen[cs]es?|plan",
    re.I,
)
"""The value words that are as often the incident's own charge or payment (or a "driving
licence", a "plan" of anything) as the customer's worth."""


def _nearest_role(before: str, after: str, answering_value: bool) -> AmountRole:
    best: tuple[int, int, AmountRole, str] | None = None
    reach = 0  # how far the winning cue really stands from the sum
    cues = [
        (-1, "other", _NOT_VALUE),
        *((r, role, _CUE_RE[role]) for r, role in enumerate(_PRIORITY)),
    ]
    for rank, role, pattern in cues:
        for m in pattern.finditer(before):
            distance = len(before) - m.end()
            if best is None or (distance, rank) < best[:2]:
                best, reach = (distance, rank, role, m.group(0)), distance  # type: ignore[assignment]
        m = pattern.search(after)
        if m:
            named = m.start() <= _NAMED_RIGHT_AFTER and role not in ("other", "customer_value")
            distance = 0 if named else m.start() + 8
            if best is None or (distance, rank) < best[:2]:
                best, reach = (distance, rank, role, m.group(0)), m.start()  # type: ignore[assignment]
    per_period = _AFTER_YEAR.match(after) or _AFTER_MONTH.match(after)
    if best is not None and best[2] == "other":
        if answering_value and per_period and re.search(r"[,;]", before[len(before) - best[0] :]):
            # "Praxiskonto plus Kreditlinie, Erträge ca. 6.500 € p.a.": in the answer about
            # their worth, a sum with its own period is it; the credit line is what they hold
            return "customer_value"
        return "other"
    if _REFUND_BEFORE.search(before) and _NEVER_CAME.match(after):
        return "fee_in_error"  # a refund we promised and never paid is money we hold in error
    if per_period and (best is None or best[0] > 12 or best[2] == "customer_loss"):
        return "customer_value"
    if best is not None:
        if best[2] == "customer_value" and (
            (_BILL.fullmatch(best[3]) and _TOOK.search(before + " " + after))
            or _TOOK.search(before[-25:])
        ):
            return "other"  # "la facture ... a été prélevée à 40 500 €": a charge, not their value
        if (
            best[2] == "customer_value"
            and _BILL.fullmatch(best[3])
            and _ALL_IN_ERROR.search(f"{before} {after}")
        ):
            return "fee_in_error"  # "a fatura veio com 1.230,50 € ... que ela nunca pediu"
        if (
            best[2] == "customer_value"
            and _TOTAL_WORD.fullmatch(best[3])
            and _CUE_RE["fee_in_error"].search(before)
        ):
            return "fee_in_error"  # "20 zu viel à CHF 85 – insgesamt CHF 18'700": the errors' total
        if (
            answering_value
            and best[2] == "fee_in_error"
            and per_period
            and _PLAIN_FEE.fullmatch(best[3])
        ):
            return "customer_value"  # "tuition and fees are about $14,500 a year"
        if (
            best[2] == "customer_value"
            and _REVENUE.fullmatch(best[3])
            and _CUE_RE["customer_loss"].search(before)
        ):
            return "customer_loss"
        if (
            best[2] == "customer_value"
            and not answering_value
            and reach > _VALUE_CUE_REACH
            and _PAYING.fullmatch(best[3])
        ):
            return "other"
        return best[2]
    if answering_value or _PERIOD_IN_CLAUSE.search(before[-_VALUE_CUE_REACH:]):
        return "customer_value"
    return "other"


def _basis(before: str, after: str, first_time: bool) -> ValueBasis:
    if _AFTER_MONTH.match(after):
        return "monthly"
    if _AFTER_YEAR.match(after):
        return "annual"
    # the basis named nearest the sum wins: "depuis 2020, cotisation mensuelle de 46,90 €"
    nearest: tuple[int, int, ValueBasis] | None = None
    for rank, (basis, pattern) in enumerate(_BASIS_CUES):
        distances = [len(before) - m.end() for m in pattern.finditer(before)]
        distances += [m.start() for m in pattern.finditer(after)]
        if distances and (nearest is None or (min(distances), rank) < nearest[:2]):
            nearest = (min(distances), rank, basis)
    if nearest and nearest[2] == "lifetime" and _PERIOD_IN_CLAUSE.search(before):
        return "annual"  # "4 à 5 événements par an, pour environ 60 000 € au total"
    if (nearest is None or nearest[2] == "lifetime") and _CONTRACT_TERM.search(f"{before} {after}"):
        return "contract"  # "Contract: 3 years, CHF 1.35M in total", "a 3-year PPV deal, $1.1M"
    if nearest:
        return nearest[2]
    return "lifetime" if first_time else "annual"


FIRST_TIME = re.compile(
    r"\bfirst (?:visit|stay|booking|order|purchase|job|move|time (?:\w+ ){0,2}?(?:with|using|at|"
    r"from) us)|"
    r"\bnew customer|first (?:\w+ )?with us|primera (?:visita|estancia|compra|mudanza|reserva|vez "
    r"(?:con|que))|primeira (?:visita|estadia|compra|mudan[çc]a|reserva|vez (?:conosco|com a gente|"
    r"que))|erste[rn]? (?:besuch|aufenthalt|bestellung|buchung)|zum ersten mal bei uns|erstmals bei "
    r"uns|premi[èe]re (?:visite|commande|r[ée]servation|fois chez|inscription)|"
    # a first enrolment, course or policy
    r"\bfirst (?:enrol+ment|course|sitting|policy|trip|flight|stay with)|primera (?:matr[ií]cula|"
    r"inscripci[oó]n)|primeira (?:matr[ií]cula|inscri[çc][ãa]o)|erste[rns]? (?:anmeldung|kurs|"
    r"reise|auftrag|einkauf|kauf|vertrag|police)|"
    # a first campaign, project or contract
    r"\bfirst (?:campaign|project|contract|season|event|shipment)|primeir[ao] (?:campanha|projeto|"
    r"contrato|evento)|primer[ao]? (?:campa[ñn]a|proyecto|contrato|evento)|erste[rns]? (?:kampagne|"
    r"projekt|veranstaltung|lieferung)|premi(?:er|[èe]re) (?:campagne|projet|contrat|[ée]v[ée]nement)|"
    # a first flight, treatment or trip, and the new customer, in every language
    r"\bfirst (?:treatment|appointment|patient|ticket)|primer[ao]? (?:vuelo|viaje|billete|"
    r"tratamiento|consulta|paciente) (?:con|de)|primeir[ao] (?:voo|viagem|bilhete|tratamento|"
    r"consulta|paciente)\b|erste[rns]? (?:flug|behandlung|termin|patientin|patient)\b|"
    r"premi(?:er|[èe]re) (?:vol|voyage|billet|traitement|consultation|patiente?)\b|"
    r"\b(?:client[ae] nuev[oa]|nuev[oa] client[ae]|client[ae] nov[oa]|nov[oa] client[ae]|"
    r"neukund\w*|nouveau client|nouvelle cliente|brand-new customer)\b",
    re.I,
)
"""A first visit, order or job: what they paid for it is all they have spent with us."""
_COUNTED = re.compile(
    r"\s*(?:followers|subscribers|viewers|views|users|members|patients|students|employees|staff|"
    r"people|customers|clients|seguidores|suscriptores|inscritos|usuarios|usu[áa]rios|pacientes|"
    r"alunos|alumnos|empleados|funcion[áa]rios|abonn[ée]s|utilisateurs|[ée]l[èe]ves|follower\w*|"
    r"abonnenten|nutzer\w*|mitarbeiter\w*|patienten|sch[üu]ler\w*)\b",
    re.I,
)
"""A number followed by whom it counts is a headcount, not a sum, unless a currency says so."""
_TOTAL_AFTER = re.compile(
    r"^\s?(?:total|in total|all in|en total|no total|au total|insgesamt)\b", re.I
)
_QUARTERLY_BEFORE = re.compile(r"quarter\w*|trimestr\w*|quartal\w*|viertelj[äa]hr\w*", re.I)


_COUNT_WORDS = {
    "two": 2, "dos": 2, "duas": 2, "dois": 2, "deux": 2, "zwei": 2,
    "three": 3, "tres": 3, "três": 3, "trois": 3, "drei": 3,
    "four": 4, "cuatro": 4, "quatro": 4, "quatre": 4, "vier": 4,
}  # fmt: skip
_TIMES = r"(?:times|veces|vezes|fois|mal)\b"
_REPEAT_WORDS: list[tuple[int, str]] = [
    (2, r"twice|double[- ]?(?:charg\w*|bill\w*|debit\w*|payments?)|(?:charged|billed) double|"
        r"doubled|duplicat\w*|duplicad\w*|duplicidade|doble (?:cobro|cargo)|cobro doble|"
        r"em dobro|cobran[çc]a dupla|doublons?|en double|double (?:pr[ée]l[èe]vement|d[ée]bit|"
        r"facturation)|doppelt|doppel(?:buchung|abbuchung|belastung)\w*|zweimal|zweifach|"
        r"zwei mal"),
    (3, r"thrice|tripl\w*|triplicad\w*|dreimal|dreifach|drei mal"),
]  # fmt: skip
_REPEAT_COUNTED = re.compile(
    rf"(?<![\w.,])(?P<n>\d|{'|'.join(_COUNT_WORDS)})\s?(?:-\s?)?{_TIMES}", re.I
)
_REPEAT_WORD_RE = [(n, re.compile(rf"(?<!\w)(?:{w})(?!\w)", re.I)) for n, w in _REPEAT_WORDS]
_TIMES_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d)\s?[x×]\s?$", re.I)
_TIMES_AFTER = re.compile(r"^\s?[x×]\s?(?P<n>\d)(?![\w.,])", re.I)
_CHARGE_VERB = re.compile(
    r"(?<!\w)(?:charg\w*|bill\w*|debit\w*|taken|took|collected|deducted|withdrawn|payments?|"
    r"cobr\w*|carg\w*|factur\w*|fatur\w*|descont\w*|d[ée]bit\w*|pr[ée]lev\w*|pago|pagamento|"
    r"abgebucht|abbuchung\w*|belast\w*|berechn\w*|eingezogen|abgezogen|zahlung\w*|"
    r"paiements?|statement|extracto|extrato|relev[ée]|kontoauszug)(?!\w)",
    re.I,
)
_INSTEAD_OF = re.compile(
    r"^\s*\(?,?\s*(?:instead of|rather than|in place of|and not|not|en (?:lugar|vez) de|y no|"
    r"em vez de|ao inv[ée]s de|e n[ãa]o|au lieu de|et non|(?:an)?statt|anstelle von|"
    r"(?:when|whereas|while) (?:it'?s |it is |it was )?(?:normally|usually)|"
    r"cuando lo (?:normal|habitual) (?:son|es)|cuando normalmente (?:son|es|paga\w*)|"
    r"quando o normal (?:é|são)|quando normalmente (?:é|são|paga\w*)|alors qu'(?:il|elle|ils) "
    r"pa(?:ie|yent) d'habitude|alors que d'habitude(?: c'est)?|obwohl (?:es )?normalerweise|"
    r"(?:wo|während) (?:es )?(?:normalerweise|sonst))"
    r"\s+(?:the |los |las |os |as |les |der |die |den |de |d'|of )?(?:usual |normal |agreed |"
    r"habituales? |acordad[oa]s? |normales? |üblichen |vereinbarten |habituels? )?\W{0,2}$",
    re.I,
)
"""Between a charge and the right price: "$412 instead of $89", "98 € au lieu de 49 €",
"2.870 € cuando lo normal son 300 €". The difference is the fee taken in error."""
_ALL_IN_ERROR = re.compile(
    r"never (?:ordered|signed up|subscribed|agreed|authori[sz]ed|bought)|nie (?:abgeschlossen|"
    r"bestellt|bestätigt)|nach (?:seiner |ihrer |der |meiner )?k[üu]ndigung|after (?:the |his |her |"
    r"their |my )?cancell?(?:ation|ing|ed)|after (?:I|he|she|they) cancell?ed|unauthori[sz]ed|"
    r"sin (?:su )?autorizaci[óo]n|tras (?:la |su )?(?:baja|cancelaci[óo]n)|nunca (?:contrat|ped|"
    r"autoriz)\w*|sem autoriza[çc][ãa]o|ap[óo]s (?:o |a )?cancelamento|jamais (?:souscrit|"
    r"command[ée]|autoris[ée])|sans (?:son |mon |leur )?autorisation|apr[èe]s (?:la |sa |ma )?"
    r"r[ée]siliation",
    re.I,
)
"""Charges taken after they cancelled, or for what they never ordered: none was owed,
so every one of the repeated charges is in error, not all but the first."""
_IN_ERROR = re.compile(
    r"error|wrong\w*|twice|double\w*|extra|too much|overcharg\w*|zu viel|doppelt|falsch\w*|"
    r"fehler\w*|irrt[üu]mlich|indevid\w*|errad\w*|erro\b|equivocad\w*|de m[áa]s|duplicad\w*|"
    r"[àa] tort|en trop|erron\w*|deux fois|dos veces|duas vezes|zweimal",
    re.I,
)
"""Words that say a fee was taken in error, not simply paid."""
_TOTAL_OF_REPEAT = re.compile(r"(?:=|\bso|i\.e\.|es decir|ou seja|soit|also)\s?$", re.I)


def _repeats(before: str, after: str) -> int | None:
    """How many times one charge was taken, where the clause says so: "2 x 180 €",
    "charged twice", "cobrado dos veces", "doppelt abgebucht", "débité trois fois".
    Only a charge counts: "I called three times about the 40 € fee" names no repeat of it."""
    if not _CHARGE_VERB.search(before) and not _CHARGE_VERB.search(after):
        return None
    if m := _TIMES_BEFORE.search(before) or _TIMES_AFTER.match(after):
        return int(m.group("n"))
    found: list[tuple[int, int]] = []  # (distance from the sum, count)
    for m in _REPEAT_COUNTED.finditer(before):
        word = m.group("n").lower()
        found.append((len(before) - m.end(), int(word) if word.isdigit() else _COUNT_WORDS[word]))
    for m in _REPEAT_COUNTED.finditer(after):
        word = m.group("n").lower()
        found.append((m.start(), int(word) if word.isdigit() else _COUNT_WORDS[word]))
    for n, pattern in _REPEAT_WORD_RE:
        found += [(len(before) - m.end(), n) for m in pattern.finditer(before)]
        found += [(m.start(), n) for m in pattern.finditer(after)]
    found = [(d, n) for d, n in found if n >= 2]
    return min(found)[1] if found else None


_TOTAL_WORD = re.compile(r"in total|au total|en total|no total|insgesamt", re.I)
_PLAIN_FEE = re.compile(r"fees?|tarifas?|taxas?|geb[üu]hren?|comisi[oó]n(?:es)?|frais", re.I)


def sum_of_parts(values: list[float]) -> float:
    """Sum of the parts, unless one of them is already the total of the others
    ("taxi 40 €, hotel 120 €, 160 € in all")."""
    biggest = max(values)
    rest = sum(values) - biggest
    return biggest if rest and abs(rest - biggest) < 0.01 else round(sum(values), 2)


PER_UNIT = re.compile(
    r"(?<!\w)(?:each|per|a piece|apiece|à|cada|por|pro|jeweils|je|chacun\w*|todo m[êe]s|"
    r"cada m[êe]s|every month|a month|im monat|pro monat|par mois|al mes|por m[êe]s|/mo)(?!\w)",
    re.I,
)
"""A price per charge ("the $75 change fee on each ticket", "R$ 89,90 todo mês", "à CHF 85
pro Monat")."""


def without_unit_prices(parts: list[tuple[float, str]]) -> list[float]:
    """The sums of one role, less a per-charge price written beside the total it makes
    ("$75 change fee each ... USD 2,775 in total"): a sum said to be per unit, or beside a
    largest sum said to be the total, which that largest is three or more whole times, is
    already inside it. Two different
    fees ("120 € ... dazu eine Gebühr von 8 €") are both kept."""
    biggest, total_said = max(parts)
    totalled = bool(_TOTAL_WORD.search(total_said))  # "three fees of £45, £135 in total"
    return [
        value
        for value, evidence in parts
        if not (
            value < biggest
            and _whole_times(biggest, value) >= 3
            and (totalled or PER_UNIT.search(evidence))
        )
    ]


def _whole_times(total: float, unit: float) -> int:
    times = round(total / unit) if unit else 0
    return times if times and abs(times * unit - total) < 0.01 else 0


def snippet(text: str, start: int, end: int, pad: int = 30) -> str:
    """The words around a match, cut at word boundaries, for showing as evidence."""
    left = text.rfind(" ", 0, max(0, start - pad)) + 1 if start > pad else 0
    right = text.find(" ", end + pad)
    return " ".join(text[left : right if right != -1 else len(text)].split())[:140]


def classify(
    text: str, answering_value: bool = False, first_time: bool = False
) -> list[Classified]:
    """Each sum in `text` with its role, and for a customer value its basis; `first_time`
    says the customer is new, so an unqualified value is their whole spend with us."""
    out: list[Classified] = []
    mentions = find_mentions(text)
    previous_end = 0
    repeated_before = False
    right_price: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in right_price:
            continue  # the right price of a charge read just before: context only
        nxt = mentions[index + 1] if index + 1 < len(mentions) else None
        if nxt and nxt.value < mention.value and _INSTEAD_OF.match(text[mention.end : nxt.start]):
            after_price = text[nxt.end : nxt.end + 40]
            if _AFTER_MONTH.match(after_price) or _AFTER_YEAR.match(after_price):
                # "180 € statt der vereinbarten 95 € im Monat": the right price is what they
                # pay us; how many months were overcharged is not told, so no total fee
                previous_end = mention.end
                continue
            right_price.add(index + 1)
            previous_end = nxt.end
            repeated_before = True  # "71.800 € statt 35.900 €, also 35.900 € zu viel"
            out.append(
                Classified(
                    mention=replace(mention, value=round(mention.value - nxt.value, 2)),
                    role="fee_in_error",
                    basis=None,
                    refused=False,
                    evidence=snippet(text, mention.start, nxt.end),
                )
            )
            continue
        before, after = _clause(text, mention.start, mention.end)
        # a repeat cue belongs to the nearest sum: "(2 x 180 €) y una comisión de 35 €"
        # does not make the 35 € fee a repeat
        own_before = before[max(0, len(before) - (mention.start - previous_end)) :]
        following = next((m.start for m in mentions if m.start >= mention.end), None)
        own_after = after if following is None else after[: max(0, following - mention.end)]
        previous_end = mention.end
        if repeated_before and _TOTAL_OF_REPEAT.search(own_before):
            repeated_before = False
            continue  # "2 x 180 € = 360 €": the total of a repeat already counted
        repeated_before = False
        if mention.currency is None and _COUNTED.match(after):
            continue  # "streaming to 40k followers" counts people, not money
        role = _role(before, after, answering_value)
        times = _repeats(own_before, own_after)
        if times and role != "already_offered":
            # the extra charges were taken in error; the first one was owed. A recurring
            # fee named with its period ("la cuota anual") is still what they pay us.
            repeated_before = True
            if role == "customer_value" and _PERIOD_IN_CLAUSE.search(before + " " + after):
                out.append(
                    Classified(
                        mention=mention,
                        role=role,
                        basis=_basis(before, after, first_time),
                        refused=False,
                        evidence=snippet(text, mention.start, mention.end),
                    )
                )
            owed = 0 if _ALL_IN_ERROR.search(f"{before} {after}") else 1
            extra = replace(mention, value=round(mention.value * (times - owed), 2))
            out.append(
                Classified(
                    mention=extra,
                    role="fee_in_error",
                    basis=None,
                    refused=False,
                    evidence=snippet(text, mention.start, mention.end),
                )
            )
            continue
        if role == "other" and first_time and _TOTAL_AFTER.match(after):
            role = "customer_value"  # "£480 total" of a first stay is all they spent with us
        if (
            role == "fee_in_error"
            and answering_value
            and first_time
            and not _IN_ERROR.search(f"{before} {after}")
        ):
            role = "customer_value"  # "Kursgebühr 240 €, erste Anmeldung": all they paid us
        basis = _basis(before, after, first_time) if role == "customer_value" else None
        factor = next((f for f, p in _OTHER_PERIODS if p.match(after)), None)
        if factor is None and role == "customer_value" and _QUARTERLY_BEFORE.search(before):
            factor = 4.0
        if factor == 365.0 and not _CUE_RE["customer_value"].search(before[-25:]):
            factor = None  # "hiring a car at £45/day": a running cost, not what they spend with us
        if factor and role in ("customer_value", "other"):
            role, basis = "customer_value", "annual"
            mention = replace(mention, value=round(mention.value * factor, 2))
        refused = role == "already_offered" and bool(
            _REFUSED.search(text[mention.end : mention.end + 120])
        )
        if role == "customer_value" and _OUR_SHARE.search(own_before):
            # "budget 4,2 Mio. € p.a., davon ~310 Tsd. € über unseren Rahmenvertrag": the
            # whole was their spend everywhere; what they spend with us is the share
            whole = next(
                (i for i in reversed(range(len(out))) if out[i].role == "customer_value"), None
            )
            if whole is not None:
                out[whole] = replace(out[whole], role="other", basis=None)
        out.append(
            Classified(
                mention=mention,
                role=role,
                basis=basis,
                refused=refused,
                evidence=snippet(text, mention.start, mention.end),
            )
        )
    return out


_OUR_SHARE = re.compile(
    r"(?:of which|davon|de los cuales|de las cuales|dos quais|das quais|dont)\W+(?:\w+\W+){0,3}$",
    re.I,
)
"""A share of a larger spend named just before the sum: the share is what comes to us."""
