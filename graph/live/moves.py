"""What the customer just did, read from their words: the move the live coach answers.

One table of patterns per move, every pattern in all five languages the case
understanding reads, because a customer may switch language mid-call and a missed move
costs more than a wide pattern. Order matters: a threat to sue that also swears is a
legal move first, so the agent hears about counsel before tone.
"""

from __future__ import annotations

import re
from enum import StrEnum

from graph.checks import amounts


class Move(StrEnum):
    THREAT_LEGAL = "threat_legal"
    THREAT_PUBLIC = "threat_public"
    THREAT_LEAVE = "threat_leave"
    MONEY = "money"
    MANAGER = "manager"
    GUARANTEE = "guarantee"
    DEADLINE = "deadline"
    WHEN_FIXED = "when_fixed"
    WHY = "why"
    THANKS = "thanks"
    SILENCE = "silence"
    ANGER = "anger"
    UNKNOWN = "unknown"


_PATTERNS: dict[Move, str] = {
    Move.THREAT_LEGAL: (
        r"\b(lawyers?|attorneys?|solicitors?|sue|suing|court|legal action|lawsuit|litigat\w*"
        r"|abogad\w*|demand\w* (?:a|contra)|tribunal\w*|juzgado|denunci\w*|advogad\w*"
        r"|process\w* (?:voc|a empresa|judicial)|justiça|avocat\w*|poursuite\w*|procès"
        r"|en justice|anwalt|anwält\w*|klage\w*|verklag\w*|gericht\w*|rechtlich\w* schritt\w*)"
    ),
    Move.THREAT_PUBLIC: (
        r"\b(post (?:about|this|it)|twitter|tweet\w*|linkedin|reviews?|the press|journalist\w*"
        r"|go public|social media|everyone will know|redes sociales|la prensa|periodist\w*"
        r"|publicar\w*|reseñas?|redes sociais|imprensa|jornalist\w*|avaliaç\w*|réseaux sociaux"
        r"|la presse|avis en ligne|rendre public|öffentlich\w*|presse|bewertung\w*"
        r"|soziale\w* medien)"
    ),
    Move.THREAT_LEAVE: (
        r"\b(cancel\w*|leav(?:e|ing) (?:you|for)|switch\w* (?:to|provider)|competitors?"
        r"|other providers?|terminate|not renew\w*|won'?t renew|cancelar|dar de baja"
        r"|competencia|otro proveedor|irnos|nos vamos|rescindir|concorr\w*|outro fornecedor"
        r"|vamos sair|resilier|résilier|concurren\w*|autre fournisseur|partir chez"
        r"|kündig\w*|wechseln|konkurren\w*|anderen anbieter|verlängern nicht)"
    ),
    Move.MANAGER: (
        r"\b(manager|supervisor|your boss|someone (?:more )?(?:senior|in charge|above you)|escalate"
        r"|gerente|jefe|superior|responsable|encargad\w*|gestor|chefe|supervisora?"
        r"|responsável|directeur|ton chef|votre chef|supérieur|vorgesetzt\w*|chef\b"
        r"|geschäftsführ\w*|leiter\w*|verantwortlich\w*)"
    ),
    Move.MONEY: (
        r"\b(refund\w*|money back|compensat\w*|credit|reimburs\w*|pay (?:us|me|for)"
        r"|discount|reembols\w*|devolu\w*|indemniz\w*|compens\w*|descuento|dinero"
        r"|reembolso|dinheiro|desconto|indeniza\w*|rembours\w*|dédommag\w*|indemni\w*"
        r"|remise|avoir|erstatt\w*|entschädig\w*|gutschrift|rabatt|geld zurück"
        r"|schadenersatz)"
    ),
    Move.GUARANTEE: (
        r"(guarantee|promise me|never happen again|won'?t happen again|assure me"
        r"|garantí\w*|no (?:vuelva|volverá) a (?:pasar|ocurrir)|nunca más|garant\w*"
        r"|não (?:volte|vai voltar) a acontecer|nunca mais|jamais|ne se reproduira|se reproduise"
        r"|garanti\w*|nie wieder|nicht wieder (?:vorkommt|passiert)|versprechen sie)"
    ),
    Move.DEADLINE: (
        r"(by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|end of)"
        r"|(?:need|have) (?:it|this|the \w+) by|before (?:monday|friday|the)|deadline|how long"
        r"|para (?:el|mañana|cuándo)|antes del?|plazo|fecha límite|até (?:amanhã|sexta|quando)"
        r"|prazo|antes de|d'ici|avant (?:lundi|vendredi|demain|le|la)|délai|date limite"
        r"|bis (?:morgen|montag|freitag|wann)|frist|termin)"
    ),
    Move.WHEN_FIXED: (
        r"(when will (?:it|this|you)|when (?:is|are) (?:it|you)|fixed|working again|back up"
        r"|cuándo (?:se|lo|va|estará|funciona)|arregl\w*|solucionad\w*|quando (?:é que|vai|vão|estará|fica)"
        r"|resolvid\w*|consertad\w*|quand (?:est-ce|sera|allez|va)|réparé|résolu|rétabli"
        r"|wann (?:ist|wird|funktioniert|läuft)|behoben|repariert|gelöst)"
    ),
    Move.WHY: (
        r"(\bwhy\b|how (?:did|could) (?:this|it|you)|what (?:happened|went wrong|caused)"
        r"|por ?qu[eé]|cómo (?:pudo|es posible)|qué pasó|o que (?:aconteceu|houve)"
        r"|como (?:pôde|é possível)|pourquoi|comment (?:est-ce|c'est|avez)|que s'est-il"
        r"|warum|wieso|weshalb|wie konnte|was ist passiert)"
    ),
    Move.THANKS: (
        r"\b(thanks?|thank you|appreciate|that works|sounds good|deal|agreed|gracias"
        r"|de acuerdo|vale|me parece bien|obrigad\w*|combinado|está bem|merci|d'accord"
        r"|ça me va|entendu|danke|einverstanden|in ordnung|passt)\b"
    ),
    Move.ANGER: (
        r"(\b(?:idiot\w*|useless|incompetent|joke|ridiculous|pathetic|disgrace\w*|furious"
        r"|unacceptable|damn|hell|crap|shit\w*|fuck\w*|stupid|inútil\w*|incompetent\w*"
        r"|vergüenza|ridícul\w*|broma|furios\w*|inaceptable|idiota\w*|absurd\w*|palhaçada"
        r"|vergonha|inaceitável|nul\w*|honte|inadmissible|incompétent\w*|scandaleu\w*"
        r"|inacceptable|unverschämt\w*|frechheit|lächerlich\w*|unfähig\w*|inakzeptabel"
        r"|skandal\w*|witz)\b|!{2,})"
    ),
}
_COMPILED = {move: re.compile(p, re.I) for move, p in _PATTERNS.items()}
_ANGER_CAPS = re.compile(r"\b[A-Z]{4,}\b.*\b[A-Z]{4,}\b")
_SILENCE = re.compile(
    r"^\W*(fine|ok(?:ay)?|whatever|sure|hm+|\.\.\.|bien|vale|está bien|tá|tudo bem|certo"
    r"|como quiera|lo que sea|tanto faz|como quiser|comme vous voulez|bon|soit"
    r"|si vous le dites|gut|na gut|schon gut|wie sie meinen|meinetwegen|mhm|ja)?\W*$",
    re.I,
)


def recognise(text: str) -> Move:
    """The customer's move in `text`; UNKNOWN when nothing fits (never a guess)."""
    stripped = text.strip()
    if _SILENCE.match(stripped):
        return Move.SILENCE
    for move, pattern in _COMPILED.items():
        if move is Move.ANGER:
            if pattern.search(stripped) or _ANGER_CAPS.search(stripped):
                return move
            continue
        if move is Move.MONEY and (pattern.search(stripped) or _asks_for_sum(stripped)):
            return move
        if pattern.search(stripped):
            return move
    return Move.UNKNOWN


def _asks_for_sum(text: str) -> bool:
    """A sum named with no money word ("I want $20,000 for this") is still a demand."""
    return bool(amounts(text))


def demanded(text: str) -> float | None:
    """The largest sum the customer named, if any."""
    found = amounts(text)
    return max(found) if found else None
