"""Whether the case, or part of it, belongs to another process than this coach:
an out-of-warranty claim, a question about what the refund policy allows, or a
dispute that attorneys already lead. Read on the issue text in five languages.

Each family is written from how people put it, not from one phrasing: a warranty
that "ended", "ran out", "venció", "acabou", "ist abgelaufen", "a expiré"; a product
older than its warranty ("26 Monate alt, Garantie 24 Monate"); a goodwill ask
("aus Kulanz", "as a gesture", "geste commercial") about a repair. A refund-policy
question counts only when nothing failed on our side (the caller decides that,
from the issue kind), so "refund me, you double-charged me" is not a policy question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WARRANTY_WORD = (
    r"(?:warrant(?:y|ies)|guarantee|garant[ií]as?|garantia|garantie|gew[äa]hrleistung|"
    r"herstellergarantie)"
)
_ENDED = (
    r"(?:ended|expired|lapsed|ran out|run out|is over|was over|finished|elapsed|"
    r"vencid[oa]|venci[oó]|caduc\w+|expir\w+|termin\w+|acab\w+|se acab[oó]|"
    r"abgelaufen|vorbei|erloschen|ausgelaufen|endete|"
    r"expir[ée]e?|termin[ée]e?|[ée]chue?|d[ée]pass[ée]e?|finie?)"
)
_ENDED_FAR = (
    r"(?:ended|expired|lapsed|ran out|run out|vencid[oa]|venci[oó]|caducad[oa]|caduc[oó]|"
    r"acab(?:ou|[oó])|expirou|abgelaufen|ausgelaufen|erloschen|expir[ée]e?|[ée]chue?)"
)
"""The words for a warranty's end that can stand a few words after it; "terminated" and
"finished" say that of too many other things ("the claim was terminated")."""
_OUT_OF_WARRANTY = re.compile(
    rf"out[- ]of[- ]{_WARRANTY_WORD}|out of (?:the )?{_WARRANTY_WORD}|"
    rf"(?:outside|beyond|past|after) (?:the |its |their )?(?:\w+ )?{_WARRANTY_WORD}"
    rf"(?: period)?|no longer (?:under|covered by) (?:the |its )?{_WARRANTY_WORD}|"
    rf"{_WARRANTY_WORD}(?: period| cover(?:age)?)?(?: has| had| was| is| já| ya| ha| ist| est| a)?"
    rf"(?: (?:just|already|long|bereits|schon|d[ée]j[àa]|j[áa]))? {_ENDED}|"
    # what the warranty was on, or since when, between it and its end: "la garantía del
    # frigorífico venció", "die Garantie ist seit einem halben Jahr abgelaufen"; never past a
    # negation ("the warranty has not expired") or a sentence's end
    rf"{_WARRANTY_WORD}(?:[ ,:(]+(?!(?:not|no|never|n[ãa]o|nicht|noch|pas|ne|nunca|jamais|hasn't|"
    rf"isn't|hasn’t|isn’t|claims?|reclama\w*|antrag|anspruch|demande|pedido|solicitud)\b)"
    rf"[\w'’-]+){{1,10}}?[ (]+{_ENDED_FAR}|"
    rf"under {_WARRANTY_WORD} anyway|(?:even though|although) (?:it'?s|it is) (?:no longer|not) "
    rf"(?:under|in) {_WARRANTY_WORD}|"
    rf"fuera de (?:la )?{_WARRANTY_WORD}|sin {_WARRANTY_WORD}|ya no (?:tiene|est[áa] en|cubre la) "
    rf"{_WARRANTY_WORD}|se (?:le )?(?:venci[oó]|acab[oó]) la {_WARRANTY_WORD}|"
    rf"fora d[ao] {_WARRANTY_WORD}|sem {_WARRANTY_WORD}|passou d[ao] {_WARRANTY_WORD}|"
    rf"n[ãa]o (?:tem|est[áa] (?:mais )?n[ao]) {_WARRANTY_WORD}|"
    rf"au[ßs]erhalb (?:der |von )?(?:\w+ )?{_WARRANTY_WORD}|nach (?:dem )?ablauf der "
    rf"{_WARRANTY_WORD}|keine {_WARRANTY_WORD} mehr|\bkulanz\w*|"
    rf"hors {_WARRANTY_WORD}|plus sous {_WARRANTY_WORD}|apr[èe]s (?:la fin de )?(?:la )?"
    rf"{_WARRANTY_WORD}|au-del[àa] de la {_WARRANTY_WORD}",
    re.I,
)
_UNIT = r"(?P<unit>months?|mos?|years?|yrs?|meses|mes|anos?|a[ñn]os?|monate?n?|jahre?n?|mois|ans?)"
_AGE = re.compile(
    rf"(?P<n>\d+)\s?{_UNIT}\s?(?:old|alt|de uso|de antig[üu]edad|d'anciennit[ée]|de vida|"
    rf"in\b(?! a row)|into (?:its|their|the) (?:life|use))",
    re.I,
)
_COVER = re.compile(
    rf"{_WARRANTY_WORD}\s?(?:of |de |von |:|was |is |era |es |é |war |ist |[ée]tait (?:de )?|est "
    rf"(?:de )?)?\s?(?P<n>\d+)[- ]?{_UNIT}|"
    rf"(?P<n2>\d+)[- ]?(?P<unit2>months?|years?|meses|anos?|a[ñn]os?|monate?|jahre?|mois|ans?)"
    rf"[- ](?:\w+ )?{_WARRANTY_WORD}",
    re.I,
)
_REFUND_POLICY = re.compile(
    r"refund(?:ing)? polic\w*|cancellation (?:polic\w*|terms)|(?:is|are|was|were) "
    r"(?:it|they|this|these|the [\w-]+(?: [\w-]+)?) (?:\w+ )?refundable|non-?refundable\?|"
    r"pro-?rat\w* refund|partial refund\?|(?:do|would|will|can) (?:we|i|they|she|he) get "
    r"(?:a |any )?(?:\w+ )?(?:refund|money back)|what (?:your|the) (?:terms|policy) (?:say|allow)|"
    r"(?:actual|exact|written) (?:refund )?policy|policy in writing|"
    r"pol[ií]tica (?:exacta |exata )?de (?:reembolso|devoluci[oó]n|devolu[çc][ãa]o|cancelaci[oó]n|"
    r"cancelamento)|(?:es|son|[ée]|s[ãa]o) reembols[áa]ve(?:l|is|is)|reembolsables?\??|"
    r"reembolso (?:proporcional|prorrateado|parcial)\?|"
    r"erstattungsf[äa]hig|erstattbar|r[üu]ckerstattungs(?:richtlinie|regel\w*|bedingungen)|"
    r"stornobedingungen|anteilig\w* (?:erstattung|zur[üu]ck)|bekomm\w* (?:ich|wir) (?:das geld|"
    r"etwas|einen teil) zur[üu]ck|"
    r"remboursables?|politique (?:exacte )?de remboursement|conditions d'annulation|"
    r"remboursement au prorata|"
    # asking whether the terms provide for it, or for the unused part back
    r"(?:whether|if) (?:our|your|the) (?:terms|conditions|policy|policies) (?:\w+ )?(?:allow|"
    r"cover|provide|say)|si (?:nos|vos|les) conditions (?:g[ée]n[ée]rales )?(?:le |la |les )?"
    r"(?:pr[ée]voi\w*|permett\w*|couvr\w*)|(?:est-ce que )?vous (?:me |nous |lui |leur )?"
    r"rembours\w* (?:le prorata|la partie|ce qui reste)|si (?:nuestras|sus|las) condiciones "
    r"(?:generales )?(?:lo )?(?:contempla\w*|prev\w*|permit\w*)|se (?:as nossas|as suas|as) "
    r"condi[çc][õo]es (?:gerais )?(?:o )?(?:prev\w*|permit\w*)|ob (?:die|unsere|ihre) "
    r"(?:agb|bedingungen|versicherungsbedingungen|vertragsbedingungen) (?:das |dies )?"
    r"(?:vorsehen|erlauben|abdecken)",
    re.I,
)
_CUSTOMER_COUNSEL = (
    r"(?:(?:his|her|their|the customer'?s|the client'?s|own|eigenen?|seine[nm]?|ihre[nm]?|"
    r"de (?:m\.|mme|monsieur|madame)\s?\w+|du client|su|sus|seu|sua|son|sa|ses|del cliente|"
    r"do cliente|l')\s?(?:lawyers?|attorneys?|solicitors?|counsel|anwalt|anw[äa]ltin|rechtsanwalt\w*|avocats?|"
    r"abogad[oa]s?|advogad[oa]s?)|(?:avocat\w*|abogad[oa]|advogad[oa]|anw[äa]lt\w*|lawyer|attorney|"
    r"counsel) (?:de la soci[ée]t[ée]|du client|de la cliente|del cliente|de la empresa|do cliente|"
    r"da empresa|des kunden|der firma|for the (?:customer|client|company))|(?-i:\bMe [A-Z]\w+))"
)
_OUR_COUNSEL = (
    r"(?:(?:our|unsere?r?|notre|nos|nuestr[oa]s?|noss[oa]s?|o nosso|el|der|die) )?"
    r"(?:legal (?:team|department)|in-house counsel|rechtsabteilung|service juridique|juridique|"
    r"departamento jur[ií]dico|asesor[ií]a jur[ií]dica|jur[ií]dico|externen? kanzlei|"
    r"outside counsel|our (?:lawyers|attorneys|solicitors))"
)
_PENDING = re.compile(
    r"(?:lawsuit|litigation|proceedings?|claim|case) (?:is |are )?(?:already )?(?:pending|"
    r"under ?way|ongoing|in progress|before the court|filed)|(?:pending|ongoing) (?:lawsuit|"
    r"litigation|proceedings|court case)|(?:already|now) in (?:court|litigation|mediation)|"
    r"mediation (?:is )?(?:scheduled|booked|set)|lawyers? on both sides|"
    r"(?:klage|verfahren|rechtsstreit|prozess)\w* (?:\S+ ){0,5}anh[äa]ngig|rechtsstreit l[äa]uft|"
    r"proc[èe]s (?:\w+ ){0,2}en cours|proc[ée]dure (?:judiciaire )?(?:est |a [ée]t[ée] )?(?:en "
    r"cours|engag[ée]e|introduite)|m[ée]diation pr[ée]vue|"
    # counsel on both sides, a hearing already set
    r"(?:nos|our|nuestros|nossos|unsere) (?:avocats|lawyers|attorneys|solicitors|abogados|"
    r"advogados|anw[äa]lte) (?:and|et|y|e|und) (?:les leurs|theirs|los suyos|os deles|(?:ihre|"
    r"die ihren|deren))|(?:conciliation|mediation|court|pre-?trial) hearing (?:is )?(?:scheduled|"
    r"set|listed|fixed)|hearing (?:is )?(?:scheduled|set|listed) for|audience (?:de conciliation |"
    r"de r[ée]f[ée]r[ée] )?(?:\w+ )?(?:fix[ée]e|pr[ée]vue|programm[ée]e)|audiencia (?:\w+ ){0,2}"
    r"(?:fijada|se[ñn]alada|programada)|audi[êe]ncia (?:\w+ ){0,2}(?:marcada|agendada|designada)|"
    r"(?:g[üu]tetermin|g[üu]teverhandlung|gerichtstermin|verhandlungstermin) (?:\w+ ){0,3}"
    r"(?:angesetzt|anberaumt|steht)|"
    r"avocats des deux c[ôo]t[ée]s|"
    r"(?:demanda|pleito|procedimiento judicial) (?:ya )?(?:en curso|presentad[oa]|pendiente)|"
    r"mediaci[oó]n (?:prevista|programada)|abogados de (?:ambas|las dos) partes|"
    r"(?:processo|a[çc][ãa]o) (?:judicial )?(?:\w+ ){0,2}(?:em andamento|em curso|ajuizad[oa])|"
    r"media[çc][ãa]o (?:marcada|agendada)|advogados dos dois lados",
    re.I,
)
_BOTH_COUNSEL = re.compile(
    rf"{_CUSTOMER_COUNSEL}[^.\n]{{0,80}}{_OUR_COUNSEL}|{_OUR_COUNSEL}[^.\n]{{0,80}}"
    rf"{_CUSTOMER_COUNSEL}",
    re.I,
)
_MONTHS_PER = {"y": 12, "a": 12, "j": 12}


@dataclass(frozen=True)
class Scope:
    value: str
    evidence: str


def _months(n: str, unit: str) -> int:
    return int(n) * _MONTHS_PER.get(unit[0].lower(), 1)


def _older_than_cover(text: str) -> re.Match[str] | None:
    """A product older than its own warranty: both figures are in the text."""
    age, cover = _AGE.search(text), _COVER.search(text)
    if not (age and cover):
        return None
    cover_n = cover.group("n") or cover.group("n2")
    cover_unit = cover.group("unit") or cover.group("unit2")
    older = _months(age.group("n"), age.group("unit")) > _months(cover_n, cover_unit)
    return age if older else None


def _snippet(text: str, m: re.Match[str]) -> str:
    return " ".join(text[max(0, m.start() - 40) : m.end() + 40].split())


def scope(issue: str, nothing_failed: bool) -> Scope | None:
    """The process the case belongs to instead, with the words that say so."""
    if m := _PENDING.search(issue) or _BOTH_COUNSEL.search(issue):
        return Scope("attorney_dispute", _snippet(issue, m))
    if m := _OUT_OF_WARRANTY.search(issue) or _older_than_cover(issue):
        return Scope("warranty", _snippet(issue, m))
    if nothing_failed and (m := _REFUND_POLICY.search(issue)):
        return Scope("refund_policy", _snippet(issue, m))
    return None
