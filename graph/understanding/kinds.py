"""What kind of issue a case is: outage, data, security, billing, delivery, service,
defect or other, read from the issue text in five languages.

Each kind has strong cues (what failed, said plainly: "charged twice", "se cayó el
sistema", "Gepäck nicht angekommen") and weak ones (a topic word: "invoice", "parcel").
A weak word inside a quote or in what the customer asks for is their wording, not what
failed ("I just want my money back" does not make an outage a billing case), so weak
words count only outside quotes and asks. Personal details that reached someone else
are a security case whatever else is said. What we tried is never read here.
"""

from __future__ import annotations

import re

from graph.understanding.alternation import Alternation
from graph.understanding.signals import Hit, evidence, privacy_breach

_CUES: dict[str, tuple[str, str]] = {
    # kind: (strong cues, counted twice; weak cues, counted once)
    "security": (
        r"breach|hack(?:ed|er|ers)?|unauthori[sz]ed (?:access|login|transfers?|transactions?)|"
        r"account (?:was )?compromised|phishing|scam\w*|impersonat\w*|hac[ié]ndose pasar|"
        r"fraudulent|fraude|(?:sent|posted|mailed|e-?mailed|went) to (?:a |an )?(?:different|another|"
        r"other|the wrong|wrong) (?:\w+ )?(?:customer|person|patient|client|recipient|business)|"
        r"someone else'?s|another (?:customer|patient|client)'?s|(?:some )?other tenant|"
        r"cross-tenant|hackead\w*|invadid\w*|gehackt|betrug|pirat[ée]|usurpation|"
        r"sim[- ]?swap\w*|claiming to be|pretending to be|posing as|se passando (?:por|pel[oa])|"
        r"haci[ée]ndose pasar|sich als \w+ ausgegeben|se faisant passer|(?:n[ãa]o|no) "
        r"reconhece\w*|no reconoce\w*|no reconocid[oa]s?|n[ãa]o reconhecid[oa]s?|(?:yo )?no hice "
        r"(?:esas|estas) compras|n[ãa]o fiz (?:essas|estas) compras|(?:don'?t|didn'?t|do not|did not) recogni[sz]e|"
        r"bei einer? \w+ gelandet|public (?:bucket|link|folder|url)|(?:gave|given|issued|handed) "
        r"(?:\w+ ){0,2}(?:key|keycard|access) (?:\w+ ){0,4}to (?:a man|a woman|someone|a stranger|"
        r"(?:a|the) (?:\w+ )?(?:man|woman|person) who)"
        r"|(?:someone|somebody|alguien|algu[ée]m|jemand|quelqu'un|a stranger|strangers|un "
        r"desconocido|um estranho|ein fremder|un inconnu) (?:\w+ ){0,4}?(?:logged (?:in|into)|got "
        r"into|accessed|entr[óo]|accedi[óo]|entrou|acessou|eingeloggt|angemeldet|s'est connect[ée]|"
        r"used|us[óo]|usou|compr[óo]|comprou|bought|purchased|spent|gast[óo]|gastou|benutzt|kaufte|"
        r"a utilis[ée]|a achet[ée]|changed|cambi[óo]|mudou|[äa]nderte|a chang[ée])\b"
        r"|golpe\b|estafa\b|arnaque|escroquerie|betrugsmasche|falso (?:atendente|funcion[áa]rio|"
        r"empleado|gerente|agente)|faux (?:conseiller|agent)|falsche[rn]? (?:bank)?mitarbeiter"
        r"|account (?:was )?(?:taken over|hijacked)|took over (?:her|his|their|the) account|"
        r"account takeover|stolen (?:card|identity|credentials)|(?:a|ont|avait) pris (?:la main|le "
        r"contr[ôo]le) (?:sur|de) (?:son|mon|leur|votre|notre|l')|(?:tom[óo]|tomaron) (?:el )?control "
        r"de (?:su|mi|la) cuenta|(?:assumiu|assumiram|tomou|tomaram) (?:o )?controle da conta|"
        r"konto (?:wurde )?(?:\w+ )?[üu]bernommen|(?:connexion|login|sign-?in|acceso|acesso|"
        r"anmeldung) (?:depuis|from|desde|de|von|a partir de) (?:un|an|a|um|einem) (?:appareil|"
        r"device|dispositivo|ger[äa]t) (?:\w+ )?(?:inconnu|unknown|unrecogni[sz]ed|desconocido|"
        r"desconhecido|unbekannt\w*)|(?:log-?in|sign-?in|access) from (?:an? )?(?:unknown|"
        r"unrecogni[sz]ed|strange|foreign) (?:device|location|ip|country)|identity theft|robo de identidad|"
        r"roubo de identidade|identit[äa]tsdiebstahl|vol d'identit[ée]",
        r"personal data|exposed|leak\w*|stolen|datos personales|dados pessoais|datenschutz|"
        r"donn[ée]es personnelles",
    ),
    "data": (
        r"data loss|lost (?:all |their |our |her |his |the )?(?:data|files|records|results|grades|"
        r"photos|notes|history)|overwr(?:ote|itten|ite)|wiped|corrupt\w*|(?:are|were|is|came up) "
        r"blank|lost in (?:the )?migration|datos (?:perdidos|borrados)|perdi\w* (?:los|todos los) "
        r"datos|dados (?:perdidos|apagados)|daten (?:verloren|gel[öo]scht|weg)|donn[ée]es "
        r"(?:perdues|effac[ée]es)"
        r"|(?:se )?(?:borraron|borr[óo]|eliminaron|apagaram|apagou|foram apagad[oa]s|wurden "
        r"gel[öo]scht|ont [ée]t[ée] (?:effac|supprim)[ée]e?s|deleted|wiped|erased) (?:\w+ ){0,3}?"
        r"(?:los |las |os |as |die |les |the |all )?(?:\w+ )?(?:historiales?|registros?|datos|dados|"
        r"archivos|arquivos|fichiers|daten|dateien|records|files|data|notes|contacts|contactos|"
        r"contatos|kontakte|photos|fotos|e-?mails|correos)\b"
        r"|(?:restore|backup|restauraci[oó]n|backup|wiederherstellung|restauration) "
        r"(?:\w+ ){0,4}(?:empty|blank|vac[ií][oa]s?|vazi[oa]s?|leer|vides?)|"
        r"(?:disappeared|desapareci\w+|sumiu|sumiram|verschwunden|a disparu|ont disparu) "
        r"(?:\w+ ){0,3}(?:from|del|da|do|aus|du|de) (?:the |el |o |a |dem |der |le |la )?"
        r"(?:portal|system|sistema|platform|plataforma|app|database|base de datos|systeme?)|"
        r"(?:registration|inscripci[oó]n|inscri[çc][ãa]o|anmeldung|inscription|dossier|expediente|"
        r"record|file)s? (?:\w+ ){0,3}(?:lost|perdid[oa]|perdu|verloren|disappeared|a disparu|"
        r"desapareci[oó]|sumiu)"
        # records gone from someone's file: "las notas han desaparecido de mi expediente"
        r"|\b(?:catalog(?:ue)?|listings?|products|skus|inventory|notas|grades|marks|noten|notes|"
        r"calificaciones|records|registros|historial|history|"
        r"photos|fotos|contacts|contactos|contatos|e-?mails|files|archivos|arquivos|fichiers|"
        r"dateien|documents|documentos|dokumente|bestellungen|orders|pedidos|commandes)\w* "
        r"(?:\w+ ){0,4}(?:han desaparecido|desaparecieron|disappeared|vanished|went missing|are "
        r"gone|were lost|got lost|sumiram|desapareceram|verschwunden|verloren gegangen|ont disparu|"
        r"sont perdu\w*)|(?:desaparecid\w*|disappeared|sumiu|sumiram|verschwunden|disparu\w*) "
        r"(?:from|de|do|da|aus|du) (?:my|her|his|their|our|mi|su|meu|minha|seu|sua|mein\w*|ihr\w*|"
        r"unser\w*|mon|ma|son|sa|leur|notre) (?:\w+ )?(?:record|file|account|profile|expediente|"
        r"historial|cuenta|perfil|conta|perfil|hist[óo]rico|akte|konto|profil|dossier|compte)"
        # records told as the subject of their loss: "the patient files were overwritten",
        # "los registros fueron borrados", "die Kundendaten wurden gelöscht"
        r"|\b(?:records?|files?|data|datasets?|database|history|notes|photos|documents|datos|"
        r"dados|\w*daten|donn[ée]es|registros|historial|expedientes|archivos|arquivos|fichiers|"
        r"dateien|akten|eintr[äa]ge|entries) (?:\w+ ){0,5}?(?:were |was |have been |has been |got "
        r"|wurden |sind |fueron |han sido |se han |foram |ont [ée]t[ée] |sont )(?:all |todos |"
        r"alle |tous )?(?:deleted|erased|overwritten|corrupted|wiped|borrad[oa]s|eliminad[oa]s|"
        r"apagad[oa]s|gel[öo]scht|[üu]berschrieben|besch[äa]digt|effac[ée]e?s|supprim[ée]e?s|"
        r"[ée]cras[ée]e?s|sobrescrit[oa]s|corrompid[oa]s|corrupt[oa]s|perdid[oa]s|perdu(?:e?s)?)",
        r"deleted|missing (?:records|grades|data|results|rows)|migration|migraci[oó]n|"
        r"migra[çc][ãa]o|migrat\w*",
    ),
    "outage": (
        r"(?:direct|stream|live(?:stream)?|flux|diffusion|retransmission|transmisi[oó]n|"
        r"transmiss[ãa]o|[üu]bertragung) (?:\w+ ){0,5}(?:a coup[ée]|s'est coup[ée]|s'est arr[êe]t[ée]|"
        r"cut out|cut off|dropped|se cort[óo]|se cay[óo]|caiu|travou|brach (?:\w+ )?ab|abgebrochen)|"
        r"[ée]cran noir|black screen|pantalla negra|tela preta|schwarze[rn]? bildschirm|"
        r"outage|(?<!shut )(?<!shuts )\bdown\b(?! (?:payment|the road|to|on|the (?:coast|street|hall|corridor|stairs|hill|line|river)|twice|screaming))|se cay[oó]|"
        r"se cayeron|(?<!n[ãa]o )(?<!quase )(?<!ele )(?<!ela )\bcaiu\b(?! (?:num|numa|no|na|em) "
        r"golpe| para| no ch[ãa]o| da escada)|fiel aus|tomb[ée]e? en panne|offline|downtime|"
        r"not loading|no (?:internet|signal|indoor signal|service|connection|dial tone|power|"
        r"electricity)|power cut|lost power|blackout|crashed|froze|can'?t (?:log ?in|access|"
        r"connect|make calls|take (?:bookings|calls|payments))|(?:failing|failed) since|"
        r"zero impressions|impress[õo]es (?:estavam )?zeradas|nenhuma [^.]{0,40}veiculada|"
        r"ca[ií]d[oa]|sin (?:servicio|conexi[oó]n|internet|luz|se[ñn]al)|fora do ar|"
        r"sem (?:internet|sinal|servi[çc]o|luz|energia)|est[ãa]o falhando|instabilidade|"
        r"ausfall|ausgefallen|nicht erreichbar|st[öo]rung|(?:komplett )?tot\b|kein (?:internet|"
        r"netz|strom)|hors service|coupure|plus d'internet"
        # a supply that stopped: water, gas, heating, told in each language
        r"|\b(?:no|without|sin|sem|kein|keine|ohne|pas d'|pas de|plus d'|plus de|sans) ?(?:hot "
        r"water|running water|water|gas|heating|agua|[áa]gua|g[áa]s|calefacci[oó]n|aquecimento|"
        r"wasser|warmwasser|heizung|eau|gaz|chauffage|[ée]lectricit[ée]|courant|power|"
        r"electricity|internet|signal|service|servicio|servi[çc]o|luz|energia|strom)\b|"
        r"(?:service|supply|suministro|servicio|servi[çc]o|fornecimento|versorgung|dienst|"
        r"approvisionnement)s? (?:\w+ ){0,2}(?:interruption|interrupted|interrumpid[oa]|"
        r"interrompid[oa]|unterbrochen|interrompu)|(?:interruption|interrupci[oó]n|interrup[çc][ãa]o|"
        r"unterbrechung) (?:of|del?|do|da|des|der) (?:the )?(?:service|supply|servicio|suministro|"
        r"servi[çc]o|fornecimento|versorgung|dienstes)"
        r"|(?:line|link|linha|l[ií]nea|leitung|ligne|box|connection|conexi[oó]n|conex[ãa]o|"
        r"verbindung|internet|dsl|wlan|wi-?fi|festnetz|broadband|fibre|fiber|fibra) (?:\w+ ){0,3}(?:coup[ée]e?|cut|cortad[oa]|down|ca[íi]d[oa]|caiu|tot|weg|"
        r"gekappt|dead|morta|muert[oa])|sin l[ií]nea|sem linha|keine leitung|plus de (?:ligne|"
        r"t[ée]l[ée]phone|tpe|r[ée]seau)|no (?:phone )?line|corte de (?:suministro|luz|agua|"
        r"energ[ií]a|energia|servicio)|(?:stromausfall|wasserausfall)|falta de (?:luz|[áa]gua|"
        r"energia)|(?:sin|sem|ohne|sans) (?:suministro|abastecimiento|fornecimento|versorgung|"
        r"approvisionnement)|(?:no pudieron|no pod[ií]an|no podemos|n[ãa]o conseguiram|"
        r"n[ãa]o conseguimos|konnten nicht|k[öo]nnen nicht|ne pouvaient pas|n'ont pas pu|"
        r"couldn'?t|could not|can'?t|cannot) (?:\w+ ){0,2}(?:lanzar|acceder|entrar|pagar|cobrar|"
        r"acessar|zugreifen|einloggen|acc[ée]der|access|log ?in|process|run|take|pay|make calls|"
        r"encaisser|cobrar)|(?:estuvo|est[áa]|estaba|ficou|fica|war|ist|[ée]tait) "
        r"(?:\w+ ){0,2}(?:bloquead[oa]|ca[íi]d[oa]|fora do ar|inaccesible|inacess[íi]vel|"
        r"nicht erreichbar|inaccessible|hors ligne|gesperrt)|(?:not|wasn'?t|weren'?t|nicht|no se|"
        r"n[ãa]o foi|n'a pas [ée]t[ée]) (?:\w+ ){0,2}(?:served|ausgespielt|servid[oa]|"
        r"veiculad[oa]|diffus[ée]e?)|service suspended|(?:lost|no) (?:mobile )?data "
        r"(?:service|connection|signal|mid)|plant[ée]e?|se (?:colg[óo]|bloque[óo])|travou|"
        r"abgest[üu]rzt|abst[üu]rz\w*|(?:terminal|tpe|caisse|ligne|internet|r[ée]seau|connexion|box|"
        r"t[ée]l[ée]phone|site|syst[èe]me|dat[áa]fono|tpv|l[ií]nea|tel[ée]fono|red|sistema|web|"
        r"maquininha|linha|card reader|till|phone line|website|portal)\w* (?:\w+ ){0,3}?(?:ne "
        r"fonctionne (?:plus|pas)|no funciona|n[ãa]o funciona|(?:isn'?t|is not|stopped|not) "
        r"working)|(?:anschluss|telefon\w*|internet|leitung|netz|dsl|wlan|"
        r"festnetz)\w* (?:\w+ ){0,4}(?:funktioniert|geht) (?:\w+ )?nicht|(?:funktioniert|geht) "
        r"(?:\w+ ){0,3}(?:anschluss|telefon\w*|internet|leitung|netz|dsl|wlan|festnetz)\w* "
        r"(?:\w+ ){0,4}nicht|(?:le|les|nos|me|lhe|lhes|nous|lui|leur)? ?(?:cortaron|"
        r"cortaram|cortou|cort[óo]|a coup[ée]|ont coup[ée]) (?:\w+ )?(?:el |la |o |a |l'|le )?(?:luz|"
        r"agua|[áa]gua|gas|g[áa]s|internet|l[ií]nea|linha|servicio|servi[çc]o|suministro|energ[ií]a|"
        r"fibra|[ée]lectricit[ée]|courant|eau|ligne)\b|(?:batch\w*|jobs?|payroll|n[óo]minas?|lote|sync|exports?|"
        r"imports?|backups?) (?:\w+ ){0,2}(?:failed|fall[óo]|falh(?:ou|aram)|fehlgeschlagen|"
        r"[ée]chou[ée]\w*)|(?:pas|plus) (?:de|d') ?(?:ligne|r[ée]seau|connexion|internet|tonalit[ée]|"
        r"courant|signal)"
        # a service that stopped doing its job: reminders that did not go out, an API
        # answering 500s, transfers that were not executed, a number lost in a port
        r"|(?:reminders?|notifications?|alerts?|texts?|sms|e-?mails?|messages?|jobs?|batch\w*|"
        r"exports?|reports?|syncs?|backups?|recordatorios?|lembretes?|erinnerungen|rappels?) "
        r"(?:\w+ ){0,3}(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|weren'?t|wasn'?t|"
        r"stopped|no se|n[ãa]o|nicht|ne sont pas) (?:\w+ ){0,2}(?:gone out|go(?:ing)? out|sen[dt]|"
        r"fir(?:e|ed|ing)|r[au]n|running|enviad\w*|enviados|verschickt|gesendet|envoy[ée]\w*)|"
        r"returning (?:5\d\d|errors?|timeouts?)|\b5\d\d(?:s| errors?)\b|http 5\d\d|"
        r"(?:n'ont|n'a) pas [ée]t[ée] ex[ée]cut[ée]\w*|no se (?:han |ha )?ejecutad\w*|"
        r"n[ãa]o (?:foram|foi) executad\w*|nicht ausgef[üu]hrt|(?:not|never) (?:been )?"
        r"executed|failed to (?:run|execute|process|send|go out)|(?:number|n[úu]mero|"
        r"num[ée]ro|nummer|line) (?:\w+ ){0,2}(?:was |were )?(?:lost|perdid[oa]|perdu|verloren)|"
        r"(?:no|n[ãa]o) (?:pueden?|podemos|podem|pode|conseguem|consegue) (?:\w+ ){0,1}"
        r"(?:ver|abrir|emitir|enviar|acceder|acessar|entrar)|(?:can'?t|cannot|can not|"
        r"unable to) (?:see|open|view|issue|send|load|reach)|(?:ne peuvent|ne peut) (?:plus |pas )"
        r"(?:voir|ouvrir|acc[ée]der|envoyer)|(?:k[öo]nnen|kann) (?:\w+ ){0,2}nicht (?:mehr )?"
        r"(?:sehen|[öo]ffnen|senden|zugreifen)"
        # the system itself failed or timed out ("our routing API has been timing out", "the
        # CDN edge failed"), viewers lost the stream, a run that did not go out
        r"|\b(?:api|server|servers|servidor\w*|serveur\w*|cdn|edge|cluster|network|red|rede|netz\w*|"
        r"r[ée]seau|data ?cent(?:er|re)|platform|plataforma|plateforme|gateway|app|website|site|"
        r"portal|system|sistema|syst[èe]me|stream|livestream|feed|broadcast|transmisi[oó]n|"
        r"transmiss[ãa]o|[üu]bertragung|diffusion)\w* (?:\w+ ){0,4}?(?:(?:has been |was |kept |"
        r"keeps )?timing out|timed out|failed|went down|went dark|dropped out|cut out|se cay[óo]|"
        r"caiu|fall[óo]|falhou|ist ausgefallen|fiel aus|brach ab|abgebrochen|a plant[ée]|est tomb[ée]|"
        r"a l[âa]ch[ée])|(?:lost|perdieron|perderam|verloren|ont perdu) (?:the |their |el |la |o |a |"
        r"den |das |die |le |la )?(?:stream|feed|signal|broadcast|se[ñn]al|sinal|signal|"
        r"transmisi[oó]n|transmiss[ãa]o|[üu]bertragung|flux|diffusion|connection|conexi[oó]n|"
        r"conex[ãa]o|verbindung|connexion)|(?:payroll|n[óo]mina|folha de pagamento|gehaltslauf|"
        r"lohnlauf|paie|batch\w*|lote|run)\w* (?:[^\s.]+ ){0,6}?(?:did not|didn'?t|never|not) "
        r"(?:go out|run|went out|paid|processed|sent)",
        r"not working|disconnected|cut off|energia cortada|cortad[oa]|slow(?:ness)?\b|"
        r"latency|time-?outs?|timing out|timed out|lent[oa]s?\b|langsam|lenteur|unavailable|"
        r"indisponible|indispon[ií]vel|no disponible|nicht verf[üu]gbar"
        r"|suspend\w*|bloquead[oa]|gesperrt",
    ),
    "delivery": (
        r"(?:spots?|ads?|campaign|kampagne|campa[ñn]a|campanha|campagne|anuncios?|pauta)\w* "
        r"(?:[^\s.]+ ){0,6}?(?:not aired|never aired|no se emitieron|nicht ausgespielt|nicht "
        r"ausgeliefert|n[ãa]o (?:foi |foram )?veiculad\w*|pas (?:[ée]t[ée] )?diffus\w*)|"
        r"dejaron de salir al aire|\b0 impressions (?:\w+ ){0,2}(?:ausgeliefert|delivered|"
        r"entregues|entregadas|livr[ée]es)|never rec(?:ie|ei)ved|(?:course|kurs|curso|cours|"
        r"training|schulung|formation|formaci[oó]n|forma[çc][ãa]o|cohort|programme|program|"
        r"seminar|s[ée]minaire|seminario|semin[áa]rio|workshop|taller|oficina|atelier|class|"
        r"classes|clases|aulas|webinar|conference|conferencia|confer[êe]ncia|konferenz|"
        r"tagung|congr[eè]s|congreso|congresso)\w* (?:[^\s.]+ ){0,12}?[\"“«„]?"
        r"(?:abgesagt|cancel+ed|cancelad[oa]|annul[ée]e?|storniert|postponed|pospuest[oa]|"
        r"adiad[oa]|verschoben|report[ée]e?\b|called off)|"
        r"cancel+ed (?:at the gate|flight|booking|reservation|install\w*)|(?:flight|flug|vuelo|voo|"
        r"vol|booking|buchung|reservation|reserva|r[ée]servation|install\w*|order|event block|"
        r"bookings|reservas) (?:\S+ ){0,4}(?:was |were |got |foram |wurde |fue )?(?:cancel+ed|"
        r"cancelad[oa]s?|annul[ée]e?s?|annulliert|gestrichen|storniert)|"
        r"\d+ ?(?:hrs?|hours|std\.?|h) (?:late|versp[äa]tet|de retraso|de atraso)|arrived "
        r"(?:\w+ ){0,3}late|misconnect\w*|missed (?:the |his |her |a )?connection|denied boarding|"
        r"oversold|overbook\w*|sobreventa|lost (?:bag|luggage|baggage|booking|reservation|pallets?|"
        r"parcel|package)|no record|never arrived|(?:hasn'?t|has not|didn'?t|did not|not) "
        r"(?:arrived|arrive|delivered|been delivered)\b|tracking says delivered|nothing at (?:his|her|the) "
        r"door|wrong (?:item|sku|product|order|size)|(?:crew|movers?|technician|installer|"
        r"t[ée]cnico|technicien) (?:\w+ )?(?:never|didn'?t|did not|jamais) (?:showed|came|turned|"
        r"venu)|missed (?:install\w*|pickups?|collections?)|stuck (?:at|in) (?:the )?(?:sorting|"
        r"customs|depot)|bloqu[ée]e? au centre de tri|no ha llegado|maleta perdida|n[ãa]o chegou|"
        r"nicht angekommen|(?:flight|vuelo|voo|vol|flug|train|tren|trem|zug|bus|ferry) (?:\w+ ){0,3}(?:delayed|retrasad\w*|atrasad\w*|retard[ée]\w*|versp[äa]tet)|sin aparecer|siguen sin "
        r"aparecer|extraviad\w*|sigue sin (?:t[ií]tulo|recibir)|not (?:yet )?issued|"
        r"jamais venu|anschluss (?:nach \w+ )?weg|double[- ]booked|"
        r"(?:ne sont|n'est) pas livr[ée]\w*|nicht geliefert|"
        r"no (?:lleg[oó]|han llegado)|(?:h[äa]tten?|sollten?) (?:\S+ ){0,4}kommen sollen"
        r"|in transit|en tr[áa]nsito|em tr[âa]nsito|noch unterwegs|en transit|where is my|"
        r"d[óo]nde est[áa] mi|cad[êe] (?:o|a|meu|minha)|wo (?:ist|bleibt) mein\w*|o[ùu] est (?:mon|ma)|"
        r"(?:not|never) (?:yet )?received|no (?:me |nos |le )?ha llegado|"
        r"n[ãa]o recebi|nunca recebi|nicht erhalten|nie erhalten|jamais re[çc]u|rien re[çc]u|"
        r"pas re[çc]u|marked (?:as )?delivered|marqu[ée]e? [«\"]?\s?livr[ée]e|als zugestellt|"
        r"consta como entregue|figura como entregad[oa]|downgraded|downgrade (?:to|from|de|para) "
        r"(?:economy|econ[oó]mica|business|first|primera|premium economy|turista)|seat downgrade|moved (?:her|him|them) from "
        r"(?:business|first|premium)|d[ée]class[ée]e?|rebaixad[oa]|(?:not|never|weren'?t|wasn'?t|"
        r"haven'?t been) (?:yet )?(?:been )?issued|n[ãa]o (?:foram|foi) emitid[oa]s?|no (?:se )?"
        r"(?:han|ha) emitido|nicht ausgestellt|pas (?:[ée]t[ée] )?d[ée]livr[ée]e?s?|shorted|"
        r"short[- ]?shipped|short by \d+|nos faltan|faltam|fehlen (?:noch )?\d+|schedule change|"
        r"cambio de horario|mudan[çc]a de hor[áa]rio|flugplan[äa]nderung|changement d'horaire|"
        r"moved (?:her|his|the|their) (?:outbound|flight|booking|return)|(?:rooms?|zimmer|"
        r"habitaciones|quartos|chambres) (?:\w+ ){0,3}(?:gesperrt|unavailable|no disponibles|"
        r"indispon[íi]veis|indisponibles|not available)|(?:sal[óo]n|salones|rooms?|venues?|"
        r"ballrooms?|s[äa]le?|salles?|salas?|chambres|zimmer|habitaciones|quartos) (?:\w+ ){0,3}"
        r"(?:comprometid[oa]s?|double[- ]?booked|given to|taken by|vergeben|attribu[ée]e?s?|"
        r"dadas? a|dad[oa]s a|cedid[oa]s?|r[ée]attribu[ée]e?s?)|(?:ne sont|n'est|sind|ist) (?:\w+ )?(?:pas arriv[ée]e?s?|nicht "
        r"angekommen|nicht eingetroffen)|n[ãa]o chegaram|no han llegado|"
        r"(?:licen[cs]e|licencia|licen[çc]a|genehmigung|permis|permit|"
        r"t[ií]tulo|diploma) (?:\w+ ){0,6}"
        r"(?:lleva|still|not|no|n[ãa]o|noch nicht|toujours pas|pas)|(?:bag|luggage|baggage|"
        r"gep[äa]ck|maleta|equipaje|bagagem|mala|bagages?|valise) (?:\w+ ){0,6}(?:nicht "
        r"angekommen|not arrived|hasn'?t arrived|no ha llegado|n[ãa]o chegou|pas arriv[ée]e?|"
        r"missing|lost|perdid[oa]|verloren|perdu)|never (?:got|received) (?:the|my|her|his) "
        r"(?:gems|items|coins|credits|pack|order|goods)"
        r"|(?:on arrival|at check-?in|when (?:they|we|she|he) arrived|al llegar|ao chegar|bei (?:der |"
        r"ihrer |seiner )?ankunft|[àa] (?:l'|leur |son )arriv[ée]e)[^.\n]{0,40}?(?:none left|no "
        r"(?:rooms?|tables?|cars?|seats?|cabins?) (?:left|available)|there (?:was|were) (?:none|no)|"
        r"not available|no (?:hab[ií]a|quedaba)|n[ãa]o havia|nicht (?:verf[üu]gbar|frei)|keine[nr]? "
        r"(?:\w+ )?mehr|(?:il n'y avait )?plus (?:de|aucune?))"
        r"|(?:delivered|entregue|entregad[oa]|zugestellt|geliefert|livr[ée]e?) (?:\w+ ){0,2}(?:to|no|"
        r"na|en|an|[àa]) (?:the |o |a |la |una |die |la )?(?:wrong|errad[oa]|equivocad[oa]|falsche|"
        r"mauvaise) ?(?:address|endere[çc]o|direcci[oó]n|adresse)?|(?:wrong|falsche) (?:address|"
        r"adresse)|endere[çc]o errado|direcci[oó]n equivocada|mauvaise adresse"
        r"|(?:pedido|encomenda|paquete|pacote|parcel|package|order|paket|colis|commande|env[ií]o)"
        r"\w* (?:\w+ ){0,2}?(?:est[áa] |is |ist |est )?(?:parad[oa]|retid[oa]|stuck|atascad[oa]|"
        r"bloqu[ée]e?|h[äa]ngt fest)"
        r"|(?:liegt|h[äa]ngt|steckt) seit (?:\w+ ){0,3}(?:im|in der|beim) (?:verteilzentrum|"
        r"paketzentrum|depot|lager|zoll)|(?:parad[oa]|retid[oa]|retenid[oa]) (?:\w+ ){0,2}(?:no|na|"
        r"en el|en la) (?:centro de distribui[çc][ãa]o|centro de distribuci[oó]n|alf[âa]ndega|aduana|"
        r"almac[ée]n|dep[óo]sito)|bloqu[ée]e? (?:au|en|[àa] la) (?:d[ée]p[ôo]t|douane|entrep[ôo]t)"
        r"|(?:hasn'?t|has not|haven'?t|not) (?:yet )?(?:been )?(?:shipped|dispatched)|no (?:ha sido|"
        r"fue) enviad[oa]|n[ãa]o foi (?:enviad[oa]|despachad[oa])|nicht (?:versandt|verschickt)|"
        r"pas (?:encore )?(?:[ée]t[ée] )?exp[ée]di[ée]e?"
        r"|(?:devait|deb[ií]a|deveria|sollte|was supposed to|was meant to|was due to) (?:\w+ ){0,2}"
        r"(?:[êe]tre livr[ée]e?s?|ser entregad[oa]s?|ser entregue|geliefert werden|be delivered)"
        r"|given away|(?:n[ãa]o|nenhuma?) (?:\S+ ){0,2}(?:foi|foram) ao ar|no (?:sali[óo]|salieron) al "
        r"aire|no se emiti[óo]|nicht gesendet|transportsch[äa]d\w*|transit damage|damaged in (?:transit|shipping)|"
        r"(?:da[ñn]ad[oa]s?|rot[oa]s?) en el transporte|(?:avariad[oa]s?|danificad[oa]s?) no "
        r"transporte|(?:ab[îi]m[ée]e?s?|endommag[ée]e?s?) (?:pendant le|lors du|durant le) transport|"
        r"sigue sin (?:[ée]l|ella|ellos|recibirl[oa]|tenerl[oa])|continua sem (?:ele|ela|receber)|"
        r"(?:immer )?noch (?:nicht|kein\w*) (?:\w+ ){0,2}(?:da|erhalten|bekommen|angekommen)|"
        r"toujours pas (?:re[çc]u|arriv[ée]e?s?|livr[ée]e?s?)|(?:pedido|encomenda|paquete|pacote|order|parcel|package|bestellung|paket|"
        r"commande|colis|delivery|entrega|livraison|lieferung) (?:\w+ ){0,3}(?:nunca (?:lleg|cheg)"
        r"\w*|(?:ist |kam )?nie (?:an\w*|geliefert)|(?:n'est )?jamais (?:arriv|livr)\w*|never "
        r"(?:arrived|came|showed up|turned up))"
        # the wrong goods or an empty box came; a flight sold twice over, boarding refused; a
        # room, suite or table given to someone else; fewer rooms than booked
        r"|wrong (?:\w+ ){0,3}(?:shipped|sent|delivered|arrived|came)|(?:shipped|sent|delivered) "
        r"(?:us |them |her |him |me )?(?:the )?wrong|(?:enviaron|mandaron|entregaron|mandaram|"
        r"enviaram|entregaram|geliefert|geschickt|livr[ée]|envoy[ée]) (?:\w+ ){0,3}(?:equivocad\w*|"
        r"errad\w*|falsch\w*|mauvais\w*)|(?:produto|pedido|item|artigo|art[ií]culo) (?:\w+ ){0,2}"
        r"(?:errad[oa]|equivocad[oa])|falsche\w* (?:\w+ ){0,2}(?:geliefert|geschickt|bekommen)|"
        r"(?:caja|caixa|box|karton|paket|colis|carton|package|parcel)\w* (?:\w+ ){0,2}(?:vac[ií][oa]|"
        r"vazi[oa]|empty|leer|vide)|empty (?:box|package|parcel|carton)|surr[ée]serv\w*|"
        r"(?:n'a|n'ont|n'avons) pas pu (?:embarquer|monter)|(?:no|n[ãa]o) (?:pudo|pudieron|p[ôo]de|"
        r"puderam|pudimos) embarcar|(?:couldn'?t|could not|weren'?t allowed to|were not allowed to) "
        r"board|refused boarding|embarque (?:negado|denegado)|(?:nicht|kein) (?:\w+ )?(?:einsteigen|"
        r"boarding)|(?:suite|room|table|cabin|seat|mesa|habitaci[oó]n|quarto|zimmer|tisch|chambre|"
        r"cabine|camarote|platz|lugar|asiento|assento)s? (?:[^\s.]+ ){0,8}?(?:given to|sold to|"
        r"double-?sold|given away|vendid[oa] a|dad[oa] a|entregue a|vergeben an|donn[ée]e? [àa]|"
        r"attribu[ée]e? [àa])|double[- ]?sold|sold twice|(?:il n'y avait|there (?:were|was)|s[óo]lo "
        r"(?:hab[ií]a|quedaban)|s[óo] havia|es gab) (?:que |only |just |nur )?\d+ (?:\w+ )?"
        r"(?:rooms?|chambres?|habitaciones|quartos|zimmer|seats?|places|plazas|lugares|pl[äa]tze|"
        r"tables?|mesas|tische)",
        # a trip or order cancelled, told verb first ("le cancelaron el vuelo"): the topic,
        # not always the complaint (the refund for it may be), so a weak cue
        r"(?:cancelaron|cancelaram|cancelou|annul[ée]|storniert(?:en)?|cancel+ed|cancelad[oa]) "
        r"(?:\w+ ){0,2}(?:(?:el|la|o|a|le|la|den|die|das|our|her|his|their|my|the|mon|ma|son|sa) )?"
        r"(?:vuelo|voo|vol|flug|flight|reserva|r[ée]servation|buchung|booking|pedido|commande|"
        r"bestellung|order|viaje|viagem|voyage|reise|trip|evento|event)|"
        r"cancel+ed|cancelad[oa]|annul[ée]e?|delivery|shipping|parcel|courier|entrega|env[ií]o|"
        r"lieferung|livraison|colis|abgesagt|storniert"
        # a delay, a wait or a new date says something came late, not whose it was (a
        # claim's decision, a parcel, a surgery): a weak cue
        r"|delay(?:ed)?|postponed|pospuest[oa]|adiad[oa]|verschoben|report[ée]e?\b|lleva \d+ "
        r"(?:meses|semanas|d[ií]as) esperando|waiting (?:for )?\d+ (?:months|weeks)|esperando "
        r"h[áa] \d+|wartet seit \d+|attend depuis \d+|promised for|prometid[oa] para|promis pour"
        # "never came" says nothing of what: a parcel, an adjuster, a call back
        r"|never came|nothing came"
        r"|tracking|rastreio|seguimiento|sendungsverfolgung|suivi|versp[äa]tet|retras\w*|atras\w*|"
        r"retard\w*",
    ),
    "billing": (
        r"charged (?:twice|again|in error|by mistake|wrongly|double)|double[- ]?(?:charged|billed|"
        r"charge)|duplicate (?:charge|payment|collection|debit)|collected [^.]{0,40}twice|"
        r"overcharg\w*|overbill\w*|estimated bills?|wrong (?:charge|bill|invoice|amount)|"
        r"(?:roaming|damage) charge|billed [^.\n]{0,20}?(?:for|in error)|for (?:\")?non-payment|"
        r"falta de pagamento|in-app purchases|achats int[ée]gr[ée]s|compras integradas|"
        r"cobr\w* (?:dos veces|duas vezes|em dobro|de m[áa]s|indevid\w*)|foi cobrad[oa] duas|"
        r"le hemos (?:cobrado|cargado)|a gente cobrou|doppelt (?:belastet|abgebucht|berechnet)|"
        r"pr[ée]lev[ée]\w* (?:deux fois|[àa] tort)|factur[ée]\w* deux fois|surfactur\w*|"
        r"vous m'avez factur[ée]|a [ée]t[ée] factur[ée]|(?:hasn'?t|has not|haven'?t|not) (?:\w+ )?"
        r"(?:been )?paid(?: out)?|payouts?|revenue share|renewal (?:quote|price)|price (?:increase|"
        r"rise|hike)|premium (?:went up|increase|rise)|subida de (?:precio|prima)|reajuste|"
        r"preiserh[öo]hung|beitragserh[öo]hung|hausse (?:de|du) (?:prix|tarif)"
        r"|(?:cancel+ed|cancelad[oa]|cancelei|cancel[ée]|gek[üu]ndigt|r[ée]sili[ée]) (?:[^\s.]+ ){0,8}?"
        r"(?:but|pero|mas|aber|mais) (?:[\w']+ ){0,3}(?:taken|charged|billed|debited|cobr\w+|"
        r"abgebucht|pr[ée]lev[ée]\w*|factur[ée]\w*)"
        r"|(?:zweimal|doppelt|two times|twice|dos veces|duas vezes|deux fois) (?:\w+ ){0,2}"
        r"(?:eingezogen|abgebucht|belastet|collected|charged|taken|debited|cobrad\w*|cargad\w*|"
        r"prélev\w*|debitad\w*|d[ée]bit[ée]\w*|pulled)|(?:eingezogen|collected|taken|debited|"
        r"charged|abgebucht|pulled|d[ée]bit[ée]\w*) "
        r"(?:\w+ ){0,2}(?:twice|zweimal|doppelt|deux fois|dos veces|duas vezes)|refund (?:\w+ ){0,5}(?:never|not|hasn'?t|still)|"
        r"reembolso (?:\w+ ){0,5}(?:nunca|no ha|nada|todav[ií]a)|(?:promised|prometi\w*|"
        r"prometeram|promis|versprochen|zugesagt) (?:\w+ ){0,3}(?:a |un |uma |une |eine )?(?:refund|"
        r"reembolso|devoluci[oó]n|estorno|remboursement|erstattung|r[üu]ckerstattung)|estorno (?:\w+ ){0,3}n[ãa]o|"
        r"erstattung (?:\w+ ){0,3}(?:nicht|nie|fehlt)|remboursement (?:\w+ ){0,4}(?:jamais|pas|"
        r"toujours)|payment (?:\w+ ){0,3}(?:as sent|wasn'?t sent|never (?:sent|arrived|went)|not "
        r"(?:sent|processed))|(?:repasses?|payouts?|ingresos|earnings|einnahmen|revenus) "
        r"[^.\n]{0,40}?(?:retid[oa]s|withheld|held|blocked|retenid[oa]s|einbehalten|retenus|sin "
        r"cobrar|not paid|n[ãa]o caiu)|sin cobrar|sem receber|nicht ausgezahlt|(?:price|precio|pre[çc]o|"
        r"preis|prix|tarif\w*|prima|premium|cotisation|beitrag|abschlag\w*) (?:\w+ ){0,3}"
        r"(?:increase|rise|went up|subida|aumento|reajuste|erh[öo]hung|hausse)|r[ée]vision "
        r"tarifaire|\+\s?\d+\s?%|statt (?:der|des) vereinbarten|instead of the agreed|"
        r"(?:weiter|still|keep|keeps|continue\w*|continu\w*|siguen|sigue|continuam|continua|continuent|"
        r"continue) (?:\w+ ){0,3}(?:buchen|charging|charge|cobrando|cobrad[oa]|cobrar|pr[ée]lever|"
        r"pr[ée]l[èe]vent|abbuchen|debitando|billing)|(?:charged|billed|cobrad\w*|cobraram|"
        r"abgebucht|pr[ée]lev[ée]) (?:\w+ ){0,3}(?:after|despite|despu[ée]s de|depois de|nach|"
        r"apr[èe]s|trotz) (?:\w+ ){0,2}(?:cancel\w*|k[üu]ndigung|r[ée]siliation|baja)|"
        r"(?:fatura|conta|bill|invoice|rechnung|facture|factura|recibo) (?:\w+ ){0,4}(?:est[áa] "
        r"pag[ao]|foi pag[ao]|(?:was|is|had been) paid|bezahlt|pay[ée]e|pagad[oa])|charges? (?:that )?"
        r"(?:i|he|she|they) (?:don'?t|do not|didn'?t) (?:agree|authori[sz]e)|cobran[çc]as? "
        r"(?:\w+ ){0,3}indevid\w*|cobran[çc]a indevida|taken by direct debit|collected by direct "
        r"debit|(?:buchen|bucht|buchten|ziehen|zieht|zogen) (?:sie |wir )?(?:\w+ ){0,4}(?:statt|zu viel)"
        # charged n times, n too many, a charge doubled; cut off for not paying a bill that
        # was paid; a return sent back and the money still not refunded
        r"|\b(?:charged|billed|debited|cobr\w*|cargad\w*|abgebucht|belastet|berechnet|pr[ée]lev[ée]\w*|"
        r"factur[ée]\w*|d[ée]bit[ée]\w*) (?:\w+ ){0,2}(?:three|four|3|4|5|tres|cuatro|tr[êe]s|"
        r"quatro|drei|vier|trois|quatre) (?:times|veces|vezes|mal|fois)\b|\d+ (?:too many|de m[áa]s|"
        r"a mais|zu viel|en trop)\b|(?:verrechnen|berechnen|verrechnet|berechnet|fakturieren) "
        r"(?:\w+ ){0,6}\d+|(?:(?:gas|strom|monats|wasser|heiz)?abschl[äa]ge?|(?:monats|jahres)?beitr[äa]ge?|bills?|charges?|premiums?|"
        r"direct debits?|cuotas?|recibos?|facturas?|faturas?|mensalidades?|factures?|"
        r"pr[ée]l[èe]vements?|mensualit[ée]s?)\w* (?:\w+ ){0,2}(?:verdoppelt|doubled|duplicad\w*|"
        r"dobrad\w*|doubl[ée]\w*)|doppelten? (?:\w+ )?\w*(?:abschlag|beitrag|betrag|rate|"
        r"rechnung|lastschrift)|(?:cut off|disconnected|cortad[oa]|cortaron|cortaram|"
        r"desconectad[oa]|gesperrt|abgestellt|coup[ée]e?|suspend\w*) (?:\w+ ){0,3}(?:for|por|pour|"
        r"wegen) [\"“«]?(?:non-?payment|not paying|unpaid|falta de pag\w*|impago|falta de pago|"
        r"nichtzahlung|zahlungsverzug|non-?paiement|d[ée]faut de paiement|impay[ée]s?)|(?:returned|"
        r"sent back|devolv[íi]|devolvi|devolvimos|devolvemos|zur[üu]ckgeschickt|retourn[ée]|"
        r"renvoy[ée]) (?:[^\s.]+ ){0,12}?(?:still (?:no|not|haven'?t|waiting)|sigo sin|seguimos "
        r"sin|ainda (?:sem|n[ãa]o)|immer noch (?:kein|nicht)|noch kein\w*|toujours pas|toujours "
        r"sans|no (?:me |nos )?(?:han |ha )?devuelto|n[ãa]o (?:me )?(?:devolveram|estornaram)|never "
        r"refunded)|(?:late (?:payment )?(?:fee|charge|penalty)|p[ée]nalit[ée]s? de retard|"
        r"frais de retard|recargo por (?:mora|retraso)|multa por atraso|mahngeb[üu]hr\w*|"
        r"s[äa]umniszuschlag\w*) (?:\w+ ){0,6}(?:in error|by mistake|wrongly|although|though|"
        r"despite|por error|aunque|embora|obwohl|bien que|alors que|malgr[ée])"
        r"|\b(?:sigo|seguimos|sigue|siguen) sin (?:mis? |el |los |la |su |sus )?(?:\d|reembolso|"
        r"dinero|devoluci[oó]n)|ainda sem (?:o |meu |minha |a )?(?:reembolso|estorno|dinheiro|"
        r"devolu[çc][ãa]o|\d)|still (?:no|without|waiting for) (?:my |the |a |her |his |their |"
        r"our )?(?:refund|money)|immer noch (?:kein\w* |auf (?:die |meine |unsere )?)?(?:erstattung|"
        r"r[üu]ckerstattung|geld|gutschrift)|toujours (?:pas|sans) (?:de |d'|mon |ma |mes |le |"
        r"notre )?(?:remboursement|argent|avoir|\d)",
        r"charged|\bbill\b|billing|invoice|fees?\b|debited|cobr\w*|cargo\b|factura(?:s|ci[oó]n)?\b|"
        r"fatura\w*|\w*rechnung\w*|abgebucht|\w*geb[üu]hr\w*|factur[ée]e?s?\b|pr[ée]l[èe]vement"
        r"|abbuchung\w*|\w*abschl[äa]g\w*|\w*lastschrift\w*|cotisation|mensualit[ée]|prima\b|"
        r"\w*pr[äa]mie\w*|late (?:payment )?fee|p[ée]nalit[ée]s? de retard|frais de retard|"
        r"recargo por (?:mora|retraso)|multa por atraso|mahngeb[üu]hr\w*|s[äa]umniszuschlag"
        r"|comisi[oó]n(?:es)?\b|comiss[ãa]o|comiss[õo]es|frais bancaires",
    ),
    "defect": (
        # brakes that failed, in each language
        r"brakes? (?:\w+ ){0,2}fail\w*|(?:perder|perdeu|perdia) (?:o )?trav[ãa]o|perdi[óo] (?:los )?"
        r"frenos|frenos? (?:fallaron|fall[óo]|dejaron de)|bremsen? (?:\w+ )?(?:versagt\w*|fiel\w* aus)|"
        r"freins? (?:ont )?(?:l[âa]ch|c[ée]d)\w*|"
        r"(?:bug|glitch) (?:in|on|with) (?:our|the|your|their)\b|\bbug\b|(?:came|veio|vino|kam) (?:with|com|con|mit) (?:\w+ ){0,3}(?:broken|"
        r"cracked|quebrad\w*|rachad\w*|rot[oa]|kaputt\w*|gebrochen\w*|cass[ée]\w*)|broken|defect\w*|faulty|malfunction\w*|stopped working|doesn'?t work|does not "
        r"work|(?:ac|heating|boiler|fridge|unit) (?:died|broke|failed)|came (?:loose|apart)|came off in (?:\w+ ){0,2}hand|(?:handle|wheel|door|leg|knob|button|strap|sole|heel) came off|"
        r"se ha (?:roto|soltado)|calculat\w* [^.]{0,40}(?:wrong|incorrect)|a calcular|"
        r"falsch montiert|desolidaris\w*|d[ée]solidaris\w*|glitch|no funciona|defectuos\w*|"
        r"averiad\w*|n[ãa]o funciona|defeito|kaputt|defekt|funktioniert nicht|ne fonctionne "
        r"(?:pas|plus)|cass[ée]|d[ée]fectueu\w*|(?:served|sirvieron|serviu|serviert|servi) "
        r"[^.]{0,60}(?:nut|peanut|erdnuss|cacahu[èe]te|arachide|gluten|allergen)|enthielt "
        r"erdnuss|[ée]clats de cacahu[èe]te|bed ?bugs|chinches|percevejos|bettwanzen|punaises|"
        r"food poisoning|intoxica\w* aliment\w*|lebensmittelvergiftung|dispensing error|"
        r"wrong (?:dose|dosage|medication)|instead of the prescribed|counterfeit|fake\b|(?:different|not) (?:\w+ ){0,4}(?:from|like) the real thing|not (?:the )?genuine|misspel+t labels|imitaci[oó]n|r[ée]plica|knock-?off|"
        r"falsificad[oa]|gef[äa]lscht|contrefa\w+|overheat\w*|smok(?:ed|ing)\b|caught fire|"
        r"sobrecalent\w*|superaquec\w*|[üu]berhitz\w*|surchauff\w*"
        r"|false positive|falso positivo|faux positif|fehlalarm|(?:banned|suspended|blocked|"
        r"gesperrt|bloquead[oa]|bloqu[ée]e?) (?:\w+ ){0,3}(?:in error|by mistake|wrongly|"
        r"por error|por engano|f[äa]lschlich\w*|par erreur)|(?:da|d[áa]|gibt|gab|affiche|shows|"
        r"throws|muestra|mostra) (?:un |uma |einen |une |an )?(?:error|erro|fehler|erreur)|"
        r"since (?:the|our|your|last) (?:[\w.]+ )?(?:update|release|upgrade|deploy\w*)|"
        r"(?:bug|glitch) (?:in|on|with) (?:our|the|your|their)\b|(?:batterie|bater[ií]a|akku) "
        r"(?:\w+ )?(?:morte|muerta|morta|tot|hs)|(?:dead|flat) battery|battery (?:is )?dead|"
        r"battery died|(?:machine|appliance|boiler|fridge|freezer|dishwasher|washer|pipe|tap|"
        r"radiator|heater|tank|lavadora|lavavajillas|nevera|caldera|m[áa]quina|geladeira|"
        r"torneira|waschmaschine|sp[üu]lmaschine|k[üu]hlschrank|boiler|lave-linge|frigo|chaudi[èe]re|"
        r"robinet)\w* (?:\w+ ){0,2}(?:leak\w*|pierde agua|gotea|vaza|vazando|tropft|leckt|"
        r"undicht|fuit)|(?:se reinicia|reinicia sozinho|red[ée]marre tout seul|keeps (?:restarting|"
        r"rebooting|crashing|freezing)|startet (?:\w+ )?(?:st[äa]ndig|"
        r"immer wieder) neu)|(?:crash\w*|freez\w*|trava\w*|se cuelga|se bloquea|plant\w*|st[üu]rzt "
        r"(?:\w+ )?ab|h[äa]ngt sich auf) (?:\w+ ){0,3}?(?:when|whenever|every time|each time|quando|"
        r"cuando|cada vez|sempre que|siempre que|wenn|jedes mal|bei jede[mr]|[àa] chaque|quand|"
        r"lorsque)|(?:export\w*|report\w*|calculat\w*|show\w*|display\w*|print\w*) (?:\w+ ){0,3}"
        r"(?:with )?(?:the )?(?:wrong|incorrect) (?:totals?|figures|numbers|amounts|sums|balances?|"
        r"dates|prices)|since (?:\w+'s|yesterday's|last night's) (?:[\w.]+ )?(?:update|release|"
        r"upgrade|deploy\w*)|(?:frigo|r[ée]frig[ée]rateur|lave-linge|lave-vaisselle|machine|four|"
        r"chaudi[èe]re|voiture|t[ée]l[ée]|t[ée]l[ée]phone|ordinateur|console|trottinette|v[ée]lo|"
        r"cong[ée]lateur)\w* (?:\w+ ){0,2}(?:est )?tomb[ée]e? en panne|se (?:le )?ha averiado|se "
        r"averi[óo]|after (?:the|"
        r"our) (?:[\d.]+ )?(?:release|update|upgrade)|desde (?:la|a) (?:[úu]ltima )?"
        r"(?:actualizaci[oó]n|atualiza[çc][ãa]o)|seit dem (?:letzten )?(?:update|release|upgrade|deploy\w*)|depuis la (?:derni[èe]re )?"
        r"mise [àa] jour|(?:calcula\w*|genera\w*|timbra\w*|emite\w*|creat\w*|generat\w*|produc\w*|"
        r"berechnet|erzeugt|g[ée]n[èe]re\w*|calcule\w*) (?:\w+ ){0,6}(?:wrong|equivocad\w*|"
        r"errad\w*|incorrect\w*|falsch\w*|faux|erron\w*)|(?:clim|climatisation|air ?con\w*|ac|a/c|"
        r"heater|radiator|radiador|fridge|boiler|heating|calefacci[oó]n|aire acondicionado|"
        r"ar[- ]condicionado|klimaanlage|heizung|chauffage|frigo) (?:\w+ ){0,3}(?:bruyant\w*|noisy|"
        r"ruidos\w*|laut|barulhent\w*|broke\w*|en panne|kaputt|not working|rattl\w*|leak\w*)|"
        r"(?:ech[óo]|echa|solt[óo]) chispas|spark(?:ed|ing|s)\b|fa[íi]scas|funken|[ée]tincelles|se derriti[óo]|"
        r"derretid\w*|melted|a fondu|geschmolzen|(?:pumpt|heizt|k[üu]hlt|l[äa]dt) (?:\w+ )?(?:kein\w*|"
        r"nicht)(?: \w+)?|geht nicht mehr|no enciende|n[ãa]o liga|ne s'allume|won'?t (?:turn on|start|"
        r"charge|power on)|doesn'?t (?:turn on|start|charge)|(?:alarm|alarma|alarme|anlage) "
        r"(?:\w+ ){0,4}(?:desconectad\w*|disconnected|deaktiviert|d[ée]sactiv[ée]e?|off)"
        # the thing itself gave way: a ceiling that fell, a lift stuck between floors, brakes
        # that failed; food that made people ill; a connector or integration that fails
        r"|\b(?:ceiling|roof|shelf|shelving|balcony|railing|techo|estanter\w*|teto|telhado|"
        r"prateleira|decke|regal|plafond|[ée]tag[èe]re)\w* (?:\w+ ){0,3}(?:fell|collapsed|came "
        r"down|gave way|cay[óo]|derrumb\w*|caiu|desabou|st[üu]rzte|eingest[üu]rzt|heruntergefallen|"
        r"tomb[ée]|effondr[ée])|(?:se (?:le |les |nos |me )?(?:cay[óo]|derrumb[óo])|caiu|desabou) "
        r"(?:\w+ )?(?:el |la |o |a )?(?:techo|teto|estanter\w*|prateleira)|(?:elevator|lift|"
        r"ascensor|elevador|aufzug|fahrstuhl|ascenseur|escalator|escalera mec[áa]nica)\w* (?:\w+ ){0,5}?"
        r"(?:stuck|got stuck|stopped|atascad\w*|se (?:qued[óo]|par[óo])|parad[oa]|preso|travou|travad[oa]|"
        r"steckengeblieben|stecken geblieben|blieb (?:\w+ )?stecken|bloqu[ée]|coinc[ée]|en panne)|"
        r"(?:lost|perdeu|perdi[óo]|verlor) (?:\w+ ){0,4}?(?:the |its |her |his |o |a |el |los |la |die |ihre |"
        r"seine )?(?:brakes?|freios?|frenos?|bremse\w*|freins?|steering|dire[çc][ãa]o|"
        r"direcci[oó]n|lenkung)|(?:brakes?|freios?|frenos?|bremse\w*|freins?|steering|lenkung)"
        r"\w* (?:\w+ ){0,2}(?:failed|gave out|went|fallaron|falharam|versagt\w*|l[âa]ch[ée]\w*)|"
        r"(?:got|fell|became|were|was|taken) (?:\w+ )?(?:ill|sick)|food poisoning|se (?:pusieron|"
        r"sintieron) (?:\w+ )?mal|enfermaron|intoxica\w*|passaram mal|adoeceram|erkrankt\w*|krank "
        r"geworden|(?:sont )?tomb[ée]s? malades?|vomit\w*|erbrochen|(?:integration|integraci[oó]n|"
        r"integra[çc][ãa]o|int[ée]gration|schnittstelle|connector|conector|konnektor|connecteur|"
        r"plugin|plug-in|module|m[óo]dulo|modul)\w* (?:[^\s.]+ ){0,5}?(?:fails?|failing|falla|"
        r"fallan|falha|falham|fehlerhaft|funktioniert nicht|[ée]choue|broke|is broken|verliert|"
        r"loses|losing|pierde|perde|perd)\b"
        r"|\b(?:export\w*|report\w*|module|m[óo]dulo|modul|feature|integration|connector|sync\w*|"
        r"job|scheduler|engine)\w* (?:\w+ ){0,3}(?:sent|sends|sending|generated|generates|created|"
        r"creates|produced|produces|envi[óo]|enviou|gener[óo]|gerou|verschickt|erzeugt\w*|"
        r"g[ée]n[ée]r[ée]|envoy[ée]) (?:[^\s.]+ ){0,2}(?:duplicat\w*|duplicad\w*|doppelt\w*|"
        r"wrong|incorrect\w*|equivocad\w*|errad\w*|falsch\w*|fausses?|faux)",
        r"error|not working|fault|crash\w*|cracked"
        r"|bruyant\w*|défaut|fallo\b|falha\b|fehler\b|falla\b",
    ),
    "service": (
        # our processing left a request, a claim, a payment or a result waiting: a decision
        # not given, a payout not made, a transfer held in review, results running late, an
        # operation or appointment we cancelled
        r"processing error|error (?:de|en el) (?:tramitaci[oó]n|procesamiento)|erro (?:de|no) "
        r"processamento|bearbeitungsfehler|erreur de traitement|decision on (?:our|my|her|his|their|"
        r"the) (?:\w+ )?claim|(?:ohne|without|sin|sem|sans) (?:jede |any |ninguna |nenhuma |aucune )?"
        r"(?:leistung|payout|pago|pagamento|indemnisation|auszahlung|indemnizaci[oó]n)\b|kein "
        r"(?:\w+ )?(?:gutachter|sachverst[äa]ndigen)\w*|(?:in|unter) (?:ihrer|der|unserer|eurer) "
        r"(?:\w+ )?pr[üu]fung|geldw[äa]sche\w*|(?:running|are|were|came back|arrived) (?:\w+ )?\d+ "
        r"(?:business |working )?(?:days|weeks) late|(?:review|results?|decision|approval|"
        r"disbursement)\w* (?:was |were |is )?(?:due|supposed to be back) (?:back )?(?:in|within) "
        r"\d+|(?:cirurgia|cirug[ií]a|surgery|operation|operaci[oó]n|op[ée]ration|appointments?|"
        r"consultas?|citas?|termin|rendez-vous|procedure|procedimiento|procedimento)\w* (?:[^\s.]+ )"
        r"{0,6}?(?:cancelad[oa]|desmarcad[oa]|cancel+ed|abgesagt|annul[ée]e?|storniert)|"
        r"(?:nadie|ningu[ée]m|niemand|personne|nobody|no one|no-one) (?:\w+ ){0,2}?(?:nos |me |le |"
        r"lhe |la )?(?:atendi[óo]|atiende|contest[óo]|respondi[óo]|atendeu|retornou|respondeu|"
        r"geantwortet|zur[üu]ckgerufen|n'a r[ée]pondu|ne r[ée]pond|n'a rappel[ée]|answered|replied|"
        r"responded|picked up|got back)\b|aufgelegt|raccroch[ée]|desligou (?:na cara|o telefone)|"
        r"(?:surveyor|adjuster|assessor|perito|vistoriador|gutachter|sachverst[äa]ndige\w*|"
        r"inspector|inspecteur|expert)\w* (?:\w+ ){0,3}?(?:missed|no (?:se )?(?:ha )?present\w*|"
        r"n[ãa]o (?:veio|compareceu)|nicht (?:erschienen|gekommen)|n'est pas venu|cancel\w*)|"
        r"(?:vistoria|peritaje|peritaci[oó]n|inspecci[oó]n|begutachtung|besichtigung|expertise)\w* "
        r"(?:\w+ ){0,2}(?:foi |fue |wurde |a [ée]t[ée] )?(?:cancelad[oa]|abgesagt|annul[ée]e?|"
        r"cancel+ed)|(?:application|request|claim|antrag|kreditantrag|demande|dossier|solicitud|"
        r"expediente|pedido|processo|solicita[çc][ãa]o|reembolso|sinistro|siniestro|sinistre)\w* "
        r"(?:[^\s.]+ ){0,4}?(?:delayed|retrasad[oa]|atrasad[oa]|versp[äa]tet|retard[ée]e?|n'avance "
        r"pas|no avanza|n[ãa]o anda|not moving|em an[áa]lise h[áa]|en an[áa]lisis desde|seit "
        r"(?:\w+ ){1,2}(?:bearbeitet|in bearbeitung))|wird seit (?:\w+ ){1,2}bearbeitet|"
        r"(?:sin completarse|sin resolverse|sin tramitarse|sem (?:ser )?conclu[íi]d[oa]|noch nicht "
        r"abgeschlossen)|"
        # a request stuck in processing: "application stuck for 9 weeks", "lleva 4 meses parado"
        r"(?:application|request|claim|case|transfer|paperwork|form|renewal|appeal|permit|visa|"
        r"approval|authori[sz]ation|tr[áa]mite|solicitud|expediente|petici[oó]n|reclamaci[oó]n|"
        r"tramita[çc][ãa]o|solicita[çc][ãa]o|processo|requerimento|transfer[êe]ncia|antrag|"
        r"bearbeitung|vorgang|demande|dossier|requ[êe]te|virement)\w* (?:[^\s.]+ ){0,6}?(?:stuck|"
        r"sitting|pending|held up|in limbo|languishing|unprocessed|not (?:been )?processed|"
        r"awaiting (?:a )?decision|parad[oa]|atascad[oa]|sin tramitar|pendiente|travad[oa]|"
        r"pendente|retid[oa]|retenid[oa]|unbearbeitet|nicht bearbeitet|h[äa]ngt fest|liegt seit|"
        r"en attente|bloqu[ée]e? depuis|pas trait[ée]e?|en souffrance)|(?:held|retid[oa]|"
        r"retenid[oa]|retenue?|blocked|gesperrt|zur[üu]ckgehalten) (?:\w+ ){0,3}(?:by|in|for|pela|"
        r"pelo|na|no|por|en|durch|bei|par) (?:\w+ ){0,2}(?:review|an[áa]lise|verificaci[oó]n|"
        r"verifica[çc][ãa]o|compliance|fraud|fraude|seguran[çc]a|seguridad|security|pr[üu]fung|"
        r"v[ée]rification|contr[ôo]le)|"
        # help booked and not given: "no one met her off the plane"
        r"(?:no one|nobody|no-one|nadie|ningu[ée]m|personne|niemand) (?:\w+ ){0,2}(?:met|helped|"
        r"assisted|waited for|la esper[óo]|la ayud[óo]|a esperou|a ajudou|l'a aid[ée]e?|l'attendait|"
        r"half (?:ihr|ihm))\b|"
        # nobody came to help; a decision we took by mistake; a claim left sitting; paperwork
        # we lost; a cover we denied that the policy gives
        r"(?:nobody|no one|no-one|nadie|ningu[ée]m|personne|niemand) (?:from|de|del|da|do|von|du|"
        r"de la|vom) (?:\w+ ){0,3}?(?:turned up|showed up|came|vino|ha venido|apareci[óo]|veio|"
        r"apareceu|est venu|n'est venu|kam|ist gekommen|erschien\w*)\b|(?:rechaz\w*|recus\w*|declin\w*|reject\w*|denied|deneg\w*|"
        r"negad\w*|abgelehnt|refus[ée]\w*|r[ée]sili[ée]\w*|cancel+ed|cancelad[oa]|gek[üu]ndigt|"
        r"storniert|terminated|annul[ée]\w*|rescindid[oa]) (?:\w+ ){0,2}(?:par erreur|by mistake|"
        r"in error|por error|por engano|irrt[üu]mlich|f[äa]lschlich\w*|versehentlich|wrongly|zu "
        r"unrecht)|(?:par erreur|by mistake|in error|por error|por engano|irrt[üu]mlich|"
        r"f[äa]lschlich\w*|versehentlich|wrongly|zu unrecht) (?:\w+ ){0,2}(?:rechaz|recus|declin|"
        r"reject|denied|deneg|negad|abgelehnt|refus|r[ée]sili|cancel|gek[üu]ndigt|storniert|"
        r"terminat)\w*|(?:claim|siniestro|sinistro|sinistre|schadens?(?:fall|meldung)|"
        r"\w*rente|pension|benefit|indemnizaci[oó]n|indeniza[çc][ãa]o|indemnisation)\w* (?:\w+ ){0,6}?"
        r"(?:has been sitting|sitting|in limbo|sin resolver|parad[oa]|en attente|liegt seit|nicht "
        r"ausgezahlt|not (?:been )?paid(?: out)?|n[ãa]o (?:foi )?pag[ao])|"
        r"(?:formular|form|formulario|formul[áa]rio|paperwork|unterlagen|antrag|papiers)\w* "
        r"(?:\w+ ){0,4}(?:verloren|lost|perdid[oa]|perdu|extraviad[oa])|(?:pero|but|mas|aber|mais) "
        r"(?:la |the |a |die |le |o )?(?:p[óo]liza|policy|ap[óo]lice|police|vertrag|contrat|"
        r"contrato) (?:\w+ ){0,2}(?:s[ií] |does |do |doch |bien |sim )?(?:lo |la |it |le |o )?"
        r"(?:cubre|covers?|cobre|deckt|couvre)|"
        r"(?:compliance|aml|kyc|fraud|security) (?:hold|check|review)|"
        r"rude|ignored|hung up|(?:le |me )?colgaron|no one (?:answers|answered|called|picks up)|"
        r"nadie contesta|ningu[ée]m atende|missed call ?backs?|call ?backs? (?:never|that never)|"
        r"(?:certificates?|documents?) (?:still )?(?:haven'?t|have not|not) (?:been )?issued|"
        r"stuck in referral|authori[sz]ation (?:was )?denied|autoriza[çc][ãa]o negada|"
        r"hasn'?t approved|still hasn'?t|unhelpful|unprofessional|noise|noisy|cold breakfast|"
        r"mal atendid\w*|grosero|grosseir\w*|unfreundlich|impoli|la gr[úu]a nunca lleg[óo]"
        r"|angeschrien|angebr[üu]llt|angeschnauzt|shouted at (?:me|her|him|us)|yelled at (?:me|"
        r"her|him|us)|m'a cri[ée] dessus|grit(?:ó|ou) (?:conmigo|comigo)|(?:adjuster|perito|"
        r"surveyor|loss adjuster|gutachter|sachverst[äa]ndige\w*|expert|vistoriador|assessor) "
        r"[^.\n]{0,60}?(?:never|didn'?t|no ha|no vino|nunca|n[ãa]o|nicht|n'est pas|jamais|hasn'?t)|"
        r"esperando a (?:su|nuestro|el) perito|waiting for (?:your|the) (?:adjuster|surveyor|"
        r"assessor)|no ha venido nadie|nadie ha venido|(?:n[ãa]o|no|nicht|did not|didn'?t|"
        r"n'a pas) (?:\w+ )?(?:autoriz\w+|authori[sz]e\w*|genehmigt|approv\w*|autoris[ée]e?)|"
        r"(?:card|carte|tarjeta|cart[ãa]o|karte) (?:\w+ ){0,2}(?:blocked|bloqu[ée]e|bloquead[oa]|"
        r"gesperrt|declined|refus[ée]e|rechazad[oa]|recusad[oa]|abgelehnt)|music (?:until|till|"
        r"all night)|lukewarm|(?:cold|tiède|fr[íi][oa]) (?:food|breakfast|dinner|meal)"
        # what our people did or failed to do: a booking made for the wrong day, an adviser
        # acting without the customer's order, an assessor or tow truck that never came, a
        # decision or an answer that never came, a cancelled operation told as a noun, a
        # payment held or stuck with us, work delivered below the agreed service level
        r"|\b(?:tromp[ée]\w* de|wrong|se equivoc\w* de|errou (?:a|o)|errad[oa]s?|falsche[nsr]?) "
        r"(?:date|day|jour|fecha|d[ií]a|data|dia|datum|tag|time|heure|hora|uhrzeit)\b|(?:booked|"
        r"scheduled|reserv\w*|marc\w*|gebucht|eingetragen|pr[ée]vu\w*) (?:\w+ ){0,3}(?:for|para|"
        r"pour|f[üu]r) (?:the |el |la |o |a |le |den )?(?:wrong|equivocad\w*|errad\w*|mauvais\w*|"
        r"falsch\w*) (?:\w+ )?(?:day|date|d[ií]a|fecha|data|jour|tag|datum)|(?:advis[oe]r|"
        r"berater\w*|asesor\w*|assessor\w*|conseill[eè]re?|gestor\w*|broker|makler|corretor\w*|"
        r"banker|agent) (?:\w+ ){0,5}?(?:ohne (?:\w+ )?(?:auftrag|zustimmung|weisung|r[üu]cksprache)|"
        r"without (?:\w+ )?(?:instruction|consent|authori[sz]ation|permission|asking)|sin (?:su )?"
        r"(?:autorizaci[oó]n|permiso|consentimiento)|sem (?:a sua |o seu )?(?:autoriza[çc][ãa]o|"
        r"consentimento|permiss[ãa]o)|sans (?:son |leur )?(?:accord|autorisation|consentement))|"
        r"(?:gutachter|sachverst[äa]ndige\w*|surveyor|adjuster|assessor|perito|vistoriador|expert|"
        r"tow(?: truck)?|guincho|gr[úu]a|abschlepp\w*|d[ée]panneuse|pannenhilfe|engineer|technician|"
        r"t[ée]cnico|technicien|techniker|monteur)\w* (?:\w+ ){0,2}(?:kam nie|ist nie gekommen|"
        r"never (?:came|showed|arrived|turned up)|nunca (?:vino|lleg[óo]|veio|chegou)|n'est jamais "
        r"venue?|jamais venue?)|(?:n[ãa]o (?:tinha|havia|h[áa])|no (?:hab[ií]a|hay)|kein|no|pas de) "
        r"(?:\w+ )?(?:prestador|gr[úu]a|guincho|tow truck|abschleppwagen|d[ée]panneuse)|"
        r"decision on (?:our|my|her|"
        r"his|their|the) (?:\w+ ){0,3}claim|(?:(?:schadens?)?meldung|schadens?\w*|claim|antrag|request|"
        r"reclamaci[oó]n|solicitud|pedido|sinistro|demande|dossier)\w* (?:\w+ ){0,4}(?:ohne "
        r"(?:jede )?antwort|without (?:an? )?(?:answer|reply|response|decision)|sin respuesta|sem "
        r"resposta|sans r[ée]ponse)|(?:cirurgia|cirug[ií]a|surgery|operation|operaci[oó]n|"
        r"op[ée]ration|appointment|consulta|cita|termin|rendez-vous|procedure|procedimiento|"
        r"procedimento|behandlung|tratamiento|tratamento|traitement)\w* (?:[^\s.]+ ){0,5}?"
        r"(?:cancelamento|cancelaci[oó]n|cancellation|absage|annulation|stornierung|desmarca\w*|"
        r"cancel+ed again|rescheduled again|postponed|pospuest[oa]|aplazad[oa]|adiad[oa]|"
        r"verschoben|report[ée]e?\b)|(?:transfer|transferencia|transfer[êe]ncia|pix|"
        r"virement|[üu]berweisung|wire|payment|pago|pagamento|paiement|zahlung)\w* (?:[^\s.]+ ){0,8}?"
        r"(?:(?:lleva|has been|is|est[áa]|ist|est|leva|fica|was) (?:\w+ ){0,3})?(?:retenid[oa]|"
        r"retid[oa]|held|on hold|blocked|bloquead[oa]|bloqu[ée]e?|stuck|travou|travad[oa]|parad[oa]|"
        r"atascad[oa]|zur[üu]ckgehalten|gesperrt|h[äa]ngt|feststeck\w*|en attente)|(?:below|under|"
        r"sous|unter|abaixo|por debajo) (?:the |le |del? |do |dem |des )?(?:agreed |convenu )?"
        r"(?:(?:level|niveau|nivel|n[íi]vel|niveaus?) (?:of |du |de |del |do |des )?(?:the )?)?"
        r"(?:sla|service level|niveau de service)"
        r"|misinformed|wrong (?:information|advice)|"
        r"(?:told|gave|given) (?:\w+ ){0,2}(?:wrong|incorrect|false) (?:information|advice|info)|"
        r"mal (?:informad\w*|aconsejad\w*|conseill[ée]\w*)|informa(?:ci[oó]n|[çc][ãa]o) "
        r"(?:err[óo]ne[ao]|equivocad[ao]|incorrect[ao]|errad[ao])|falsch (?:beraten|informiert|"
        r"ausgekunftet)|(?:closed|cerr(?:aron|ó)|fecha(?:ram|ou)|geschlossen|cl[ôo]tur[ée]\w*) "
        r"(?:\w+ ){0,3}(?:ticket|case|caso|complaint|queja|reclama[çc][ãa]o|reclamaci[oó]n|"
        r"beschwerde|r[ée]clamation|dossier|claim)\w* (?:\w+ ){0,3}(?:without|sin|sem|ohne|sans)|"
        r"(?:kept|left) (?:\w+ )?(?:waiting|hanging)|made (?:us|me|her|him|them) wait|(?:nos|me|"
        r"le|les) (?:hicieron|dejaron) esperar|(?:nos|me|a) (?:fizeram|deixaram) esperar|warten "
        r"(?:gelassen|lassen)|(?:nous|m'|l') ?(?:ont|a) fait attendre|refused to (?:help|serve|"
        r"assist|accept|let|honou?r|listen|escalate)|(?:se neg(?:ó|aron)|se recus(?:ou|aram)|"
        r"weigerte\w* sich|(?:a|ont) refus[ée] de) (?:a )?(?:ayudar|atender|aceptar|ajudar|atender|"
        r"aceitar|zu helfen|helfen|aider|accepter|nous aider|m'aider)|condescending|dismissive|"
        r"patroni[sz]ing|arrogan(?:t|te)\b|maleducad\w*|mal educad\w*|herablassend|"
        r"m[ée]prisant\w*|condescendant\w*|desrespeit\w*|falta de respeto",
        r"waited|on hold|sin respuesta|sem resposta|keine antwort|ohne antwort|sans r[ée]ponse|"
        r"(?:nobody|no one|no-one|nadie|ningu[ée]m|personne|niemand) (?:has|ha|h[äa]t|est|kam|came|"
        r"vino|veio)\b|no (?:answer|"
        r"reply|response)\b|"
        r"(?:special|wheelchair|mobility|prm) assistance|asistencia (?:especial|en silla de ruedas)|"
        r"assist[êe]ncia especial|rollstuhlservice|assistance (?:pmr|sp[ée]ciale)"
        r"|dirty|unclean|filthy|sucio|sujo|schmutzig|sale\b|sans retour|no (?:me )?devolvieron la "
        r"llamada|nobody (?:called|rang) back"
        # an answer, a call back or an update that never came: how we handled it, told
        # beside what failed as often as alone, so a weak cue
        r"|\b(?:never|not|n[ãa]o|no|nie|nicht|jamais|pas|nunca) (?:yet )?(?:got|received|had|recebi\w*|"
        r"recib\w*|tuve|tive|erhalten|bekommen|re[çc]u) (?:a |an |any |the |una |um |uma |eine |"
        r"une |de |ninguna |nenhuma |keine |aucune )?(?:reply|response|answer|call ?back|update|"
        r"decision|confirmation|respuesta|resposta|antwort|r[üu]ckmeldung|entscheidung|r[ée]ponse|"
        r"d[ée]cision|retorno|devoluci[oó]n de (?:la )?llamada)|(?:call ?backs?|callback|reply|"
        r"response|answer|decision|update|visit|visita|besuch|assistance|help|ayuda|ajuda|hilfe|"
        r"aide)\w* (?:\w+ ){0,3}(?:never came|never arrived|never happened|nunca (?:lleg|cheg)\w*|"
        r"kam nie|n'est jamais venue?)|still (?:waiting|no word) (?:for|on) (?:a |an |the |any )?"
        r"(?:\w+ )?(?:decision|reply|response|answer|update|call ?back|assessment|outcome)|"
        r"(?:sigo|seguimos|sigue|siguen|contin[úu]o|continuamos|ainda) (?:\w+ )?(?:esperando|"
        r"aguardando) (?:una |um |uma |la |a )?(?:respuesta|resposta|decisi[oó]n|decis[ãa]o|"
        r"llamada|liga[çc][ãa]o|retorno)|(?:warte|warten|wartet) (?:\w+ ){0,2}(?:noch )?auf (?:eine |"
        r"die )?(?:antwort|r[üu]ckmeldung|entscheidung|r[üu]ckruf)|(?:toujours|encore) (?:en attente "
        r"d'une|sans|pas de) (?:r[ée]ponse|d[ée]cision|nouvelles|rappel)|(?:nobody|no one|no-one) "
        r"(?:\w+ )?(?:got back|followed up|called (?:me |us |her |him |them )?back|contacted|has "
        r"been in touch)|nadie (?:\w+ )?(?:me|nos|le|les) (?:ha |han )?(?:llamado|contactado|"
        r"devuelto la llamada|respondido)|ningu[ée]m (?:\w+ )?(?:me |nos |lhe )?(?:ligou|retornou|"
        r"contatou|contactou|respondeu)|niemand (?:hat|h[äa]tte) (?:sich )?(?:\w+ )?(?:gemeldet|"
        r"zur[üu]ckgerufen|geantwortet)|personne (?:ne )?(?:m'a|nous a|l'a|ne m'a|ne nous a) "
        r"(?:\w+ )?(?:rappel[ée]e?|contact[ée]e?|r[ée]pondu)"
        r"|\b(?:nobody|no one|no-one) (?:\w+ )?(?:answers|replies|responds|calls back|rings back|gets "
        r"back|picks up|has called|has rung|has replied|has answered)"
        # our people as the subject of what went wrong ("your agent told her", "la
        # conseillère a oublié", "o atendente se recusou"): handling, unless a plainer cue
        # says what failed
        r"|\b(?:your|our|the) (?:\w+ )?(?:agent|staff|team|office|support|customer service|call "
        r"cent(?:er|re)|representative|rep|advis[oe]r|employee|clerk|receptionist|branch|desk|"
        r"helpline|hotline|adjuster|case ?worker|case handler|registrar|secretary|admissions)s? "
        r"(?:\w+ ){0,3}?(?:told|said|promised|refused|failed|forgot|lost|gave|sent|closed|ignored|"
        r"hung|never|didn'?t|did not|won'?t|wouldn'?t|can'?t|couldn'?t|kept|keeps|has not|hasn'?t|"
        r"would not|misplaced|mixed)|(?:su|vuestr[oa]|el|la|nuestr[oa]) (?:\w+ )?(?:agente|"
        r"personal|equipo|oficina|atenci[oó]n al cliente|asesor[a]?|emplead[oa]|gestor[a]?|"
        r"sucursal|teleoperador[a]?|secretar[ií]a|operador[a]?) (?:\w+ ){0,3}?(?:(?:me|nos|le|les) )?"
        r"(?:dijo|dijeron|prometi[óo]|se neg[óo]|olvid[óo]|perdi[óo]|no (?:\w+ )?(?:ha|han|hizo|"
        r"quiso|pudo|sabe|supo))|(?:o|a|seu|sua|vosso|vossa|nosso|nossa) (?:\w+ )?(?:atendente|"
        r"atendimento|funcion[áa]ri[oa]|equipe|central|ag[êe]ncia|gerente|consultor[a]?|"
        r"secretaria|operador[a]?) (?:\w+ ){0,3}?(?:(?:me|nos|lhe) )?(?:disse|disseram|prometeu|"
        r"se recusou|esqueceu|perdeu|n[ãa]o (?:\w+ )?(?:quis|fez|soube|p[ôo]de|resolveu))|(?:ihr|"
        r"ihre|der|die|unser|unsere) (?:\w+ )?(?:mitarbeiter\w*|kundenservice|kundendienst|hotline|"
        r"berater\w*|filiale|sachbearbeiter\w*|servicecenter|callcenter|sekretariat) (?:\w+ ){0,3}?"
        r"(?:sagte|hat (?:\w+ ){0,3}(?:gesagt|versprochen|vergessen|verloren|abgelehnt)|weigerte|"
        r"vergaß|verlor|versprach)|(?:votre|le|la|notre) (?:\w+ )?(?:conseill[eè]re?|agent|service "
        r"client|personnel|[ée]quipe|agence|standard|employ[ée]e?|secr[ée]tariat|gestionnaire) "
        r"(?:\w+ ){0,3}?(?:(?:m'|nous |lui |leur ))?(?:a dit|ont dit|a promis|a refus[ée]|a oubli[ée]|a "
        r"perdu|n'a (?:\w+ )?pas)"
        # the agent's "we" for the company: "we forgot to send it", "perdimos su expediente"
        r"|\bwe (?:\w+ )?(?:forgot|lost (?:her|his|their|the) (?:\w+ )?(?:paperwork|documents?|"
        r"forms?|file|application|passport|request)|failed to|never (?:sent|called|replied|"
        r"processed|contacted|told)|didn'?t (?:send|call|reply|process|contact|tell|follow))|"
        r"(?:olvidamos|nos olvidamos de|perdimos (?:su|sus|el|la|los|las) (?:\w+ )?(?:documentos?|"
        r"expediente|papeles|solicitud|formulario|pasaporte))|(?:esquecemos|perdemos (?:o|a|os|as|"
        r"seu|sua) (?:\w+ )?(?:documentos?|processo|papéis|pedido|formulário|passaporte))|wir haben "
        r"(?:\w+ ){0,3}(?:vergessen|verloren|vers[äa]umt)|(?:nous avons|on a) (?:\w+ ){0,2}"
        r"(?:oubli[ée]|perdu (?:son|sa|ses|leur|leurs|le|la|les) (?:\w+ )?(?:dossier|documents?|"
        r"papiers|demande|formulaire|passeport))",
    ),
    "other": (
        r"(?:billing|refund|policy|cancellation) question|is it refundable|are (?:the )?"
        r"(?:tickets|fares) refundable|billets sont-ils remboursables|pro-?rated refund|"
        r"politique (?:exacte|de remboursement)|refund policy|pol[ií]tica de (?:reembolso|"
        r"devoluci[óo]n|cancelaci[óo]n|cancelamento|devolu[çc][ãa]o)|r[üu]ckerstattungsrichtlinie|"
        r"out of warranty|fuera de garant[ií]a|"
        r"fora da garantia|au[ßs]erhalb der garantie|hors garantie|garantie 24 monate|"
        r"(?:claim|leistung|siniestro|sinistro|sinistre)\w* [^.]{0,60}(?:denied|rejected|declined|"
        r"turned down|abgelehnt|rechazad\w*|denegad\w*|negad\w*|recusad\w*|refus[ée]\w*)|"
        r"ablehnung der \w*(?:leistung|deckung|regulierung)|litige|dispute over"
        r"|feature (?:request|question)|(?:feature|functionality|fonctionnalit[ée]|funcionalidad|"
        r"funcionalidade|funktion) (?:\w+ ){0,3}(?:pr[ée]vue?|planned|prevista|geplant)|"
        r"(?:se demande|wonders?|is asking whether|pregunta si|pergunta se|fragt,? ob) (?:si|"
        r"whether|if|ob|se)?|(?:ne trouve pas|can'?t find (?:how|where)|no encuentra c[oó]mo|"
        r"n[ãa]o encontra como|findet nicht,? wie) |(?:damaged|broke|broken|cracked|snapped|"
        r"scratched|dented|rachad\w*|quebrad\w*|danificad\w*|besch[äa]digt|kaputt gemacht|"
        r"ab[îi]m[ée]e?|cass[ée]e?|endommag[ée]e?|dañad\w*|rot[oa]) (?:\w+ ){0,4}(?:by (?:our|the) "
        r"(?:crew|movers|handlers|team|driver|staff|cleaners?)|in (?:transit|the hold|handling|our "
        r"care))|(?:our|the|your) (?:crew|movers|handlers|baggage (?:team|handlers)|driver|staff|"
        r"cleaning crew) (?:\w+ ){0,3}(?:damaged|broke|scratched|cracked|dropped)|came off the "
        r"plane (?:\w+ ){0,3}(?:snapped|cracked|broken|damaged)|cheg(?:ou|aram) (?:com (?:o|a) "
        r"\w+ (?:\w+ )?)?(?:rachad\w*|quebrad\w*|danificad\w*)|lleg[óo] (?:\w+ ){0,2}(?:roto|dañado|rayado)|arriv[ée]e? (?:\w+ ){0,2}"
        r"(?:cass[ée]|ab[îi]m[ée]|endommag[ée])|besch[äa]digt angekommen|sumiram|went missing in "
        r"the move|"
        # our people or our contractor did the damage: "your cleaning contractor flooded our
        # client's kitchen", "ihr Rollstuhl wurde auf dem Flug München-Lissabon beschädigt"
        r"(?:nuestr[oa]|nuestros|noss[oa]|nossos|notre|nos|unsere?) (?:cuadrilla|equipo|personal|"
        r"mozos|carregadores|equipe|[ée]quipe|d[ée]m[ée]nageurs|leute|mitarbeiter|monteure|packer) "
        r"(?:\w+ ){0,3}(?:dej[óo] caer|dejaron caer|rompi[óo]|da[ñn][óo]|deixou cair|deixaram cair|"
        r"quebrou|danificou|a fait tomber|ont fait tomber|a cass[ée]|ab[îi]m[ée]|fallen gelassen|"
        r"fallen lassen|besch[äa]digt|zerbrochen)|came off the (?:belt|carousel|plane|hi-?loader) "
        r"(?:\w+ ){0,4}(?:snapped|cracked|broken|bent|damaged)|"
        r"(?:your|our|the) (?:\w+ )?(?:contractors?|cleaners?|technicians?|engineers?|installers?|"
        r"fitters?|porters?|valets?) (?:\w+ ){0,3}(?:flooded|damaged|broke|scratched|cracked|"
        r"dropped|smashed|dented)|(?:auf dem flug|beim (?:transport|umzug|verladen|einbau|"
        r"ausladen)|bei der (?:montage|reinigung|lieferung)) (?:[\w-]+ ){0,3}(?:besch[äa]digt|"
        r"zerbrochen|kaputt gemacht)|(?:dañad\w*|da[ñn][óo]|rot[oa]s?|rompi[óo]) (?:durante|en) (?:el|la) "
        r"(?:vuelo|transporte|traslado|mudanza|instalaci[óo]n)|(?:danificad\w*|quebrad\w*) (?:durante "
        r"[oa]|n[oa]) (?:voo|transporte|mudan[çc]a|instala[çc][ãa]o)|(?:endommag[ée]e?s?|"
        r"cass[ée]e?s?|ab[îi]m[ée]e?s?) (?:pendant|lors|durant) (?:du |de la |de l'|le |la |l')"
        r"(?:vol|transport|d[ée]m[ée]nagement|installation|manutention)",
        r"question|pregunta|d[úu]vida|frage"
        r"|damage\b|da[ñn]os\b|danos\b|sch[äa]den\b|d[ée]g[âa]ts\b",
    ),
}
_RE = {
    kind: (Alternation(strong, re.I), Alternation(rf"(?<!\w)(?:{weak})", re.I))
    for kind, (strong, weak) in _CUES.items()
}
ORDER = ("security", "data", "outage", "delivery", "billing", "defect", "service", "other")
"""Most specific first: on equal weight the earlier kind wins."""
_QUOTED = re.compile(r"[\"“«„][^\"”»“\n]{3,300}[\"”»“]")
_ASKED = re.compile(
    r"\b(?:wants?|want(?:ed)?|asking for|asks? for|expects?|demand(?:s|ing)?|would like|requests?|"
    r"insists? on|quiere|quieren|exige|pide|piden|solicita|quer|querem|pede|pedem|verlangt|"
    r"fordert|m[öo]chte|will|veut|veulent|r[ée]clame|demande)\b[^.!?;\n]*",
    re.I,
)
_NOT_WHAT_FAILED = re.compile(
    # "down" in a phrasal verb, and bills the customer could not pay (a harm, not an outage)
    r"\b(?:turn|turned|turning|turns) (?:\w+ ){0,2}down\b|\b(?:come|comes|came|coming) down "
    r"(?:there|here|to (?:the|your|our))\b|\b(?:calm|calmed|calming|sit|sat|back|backed|write|"
    r"wrote|written|put|played|playing) down\b|(?:couldn'?t|could not|can'?t|cannot|unable to|no "
    r"pude|no pudo|n[ãa]o (?:pude|conseguiu|consegui)|konnte (?:\w+ )?nicht|n'a pas pu) (?:\w+ )?"
    r"(?:pay|pagar|zahlen|bezahlen|payer) (?:\w+ ){0,2}(?:rent|bills?|mortgage|suppliers|staff|"
    r"wages|alquiler|renta|aluguel|miete|loyer|fatura|factura|rechnung)\w*|"
    r"(?:call\w*|chamou|chamando|llam\w*|nannte|trait\w*) (?:\w+ ){0,2}(?:scammers?|frauds?|"
    r"crooks|thieves|ladr\w+|estafador\w*|betr[üu]ger\w*|escrocs?|voleurs?)|"
    r"(?:suspicion de|suspected|sospecha de|suspeita de|verdacht auf|soup[çc]on de) fraud\w*|"
    r"fraud (?:alert|check|rule|block|filter|team|flag|prevention|screening)|anti-?fraud\w*|"
    r"antifraude|(?:saw|seen|read|vi|vio|viu|las|lu) (?:your|the|a|su|seu|sua|ihren?|euren?|votre) "
    r"(?:\w+ )?(?:post|tweet|status (?:page|update)|announcement|notice|aviso|publicaci[oó]n|"
    r"publica[çc][ãa]o|beitrag|annonce|message) (?:on \w+ )?(?:about|on|regarding|sobre|[üu]ber|"
    r"zu|sur) (?:the |a |an |el |la |o |a |die |der |den |le |l')?(?:[\w-]+ ){0,3}[\w-]+"
    # what a third party charged because of us (the landlord's late fee, the supplier's
    # penalty, the accountant's bill): the harm, not a charge of ours
    r"|\b(?:landlord|care home|home|supplier|accountant|lender|nursery|school|hotel|garage|"
    r"plumber|electrician|vermieter\w*|lieferant\w*|steuerberater\w*|buchhalter\w*|"
    r"proveedor\w*|casero|arrendador\w*|contable|gestor[ií]a|fornecedor\w*|senhorio|"
    r"contador\w*|propri[ée]taire|bailleur|fournisseur\w*|expert-comptable|comptable) "
    r"(?:\w+ ){0,3}?(?:charged|billed|fined|cobr\w*|factur\w*|berechnet\w*|verlangt\w*|"
    r"pr[ée]lev\w*)"
    # "we can't open the restaurant": what the failure keeps them from, not an outage
    r"|\b(?:abrir|open|[öo]ffnen|ouvrir) (?:the |el |la |o |a |le |das |den |die |our |"
    r"nuestr[oa] |noss[oa] |notre |unser\w* )?(?:\w+ )?(?:restaurant\w*|tienda|loja|shop|store|"
    r"doors|puertas|portas|local|gesch[äa]ft|laden|magasin|boutique)\b|\babrir con\b",
    re.I,
)
"""A fraud check that stopped a good payment is how a card got blocked, not fraud; our own
status post the customer read ("I saw your post about the outage") is not their issue."""
_BREACH_WEIGHT = 4
"""A breach of personal data outweighs any one or two words for another kind."""
_DEFECT_CAUSE = re.compile(
    r"(?:bug|glitch|defect|fault|fallo|falha|fehler|bogue) (?:(?:in|on|with|en|no|na|im|in der|"
    r"dans|de) (?:our|the|your|their|nuestro|nuestra|el|la|nosso|nossa|o|a|unserer|unserem|"
    r"dem|der|notre|le|la)|du|des|do|da|del)\b|(?:caused by|due to|because of|por culpa de|debido a|causad[oa] "
    r"por|devido a|por causa de|wegen|durch|[àa] cause d'|d[ûu] [àa]) (?:a |an |un |una |um |uma |"
    r"einen |einem |une )?(?:bug|glitch|fallo|falha|fehler|bogue)|(?:crash\w*|freez\w*|trava\w*|"
    r"se cuelga|se bloquea|plant\w*|st[üu]rzt (?:\w+ )?ab|h[äa]ngt sich auf) (?:\w+ ){0,3}?"
    r"(?:when|whenever|every time|each time|quando|cuando|cada vez|sempre que|siempre que|wenn|"
    r"jedes mal|bei jede[mr]|[àa] chaque|quand|lorsque)|(?:st[üu]rzt|h[äa]ngt sich) (?:jedes mal|"
    r"immer wieder|bei jede[mr] \w+) (?:\w+ )?(?:ab|auf)\b",
    re.I,
)
_CAUSE_WEIGHT = 2
"""A bug named as the cause ("a bug in our scheduler double-booked 75 sessions"), or a crash
that comes each time the same thing is done ("plante à chaque connexion"), makes the case a
defect, whatever else it then did."""


_PER_PERIOD = re.compile(
    r"(?<!\w)(?:a|per|each|every|al|por|ao|im|pro|par|/) ?(?:year|yr|month|mo|a[ñn]o|mes|ano|"
    r"m[êe]s|jahr|monat|an|mois)\b|/(?:yr|mo|y|m)\b|(?<!\w)(?:annual\w*|yearly|monthly|"
    r"j[äa]hrlich\w*|jahres\w*|monatlich\w*|anual\w*|annuel\w*|mensual\w*|mensal\w*|"
    r"mensuel\w*)",
    re.I,
)
"""A topic word beside a sum a period ("$35k a year in fees", "Jahresprämie rund 7.800 €")
tells what the customer pays us, not what went wrong."""
_PAY_WINDOW = 40
_DIGIT_DOT = re.compile(r"(?<=\d)\.(?=\d)")
"""A dot between digits ("480.000 €", "v4.1") is no sentence end: cues that stop at a full
stop read across it. It becomes a word character of the same length, so a version still
reads as one word and evidence still points at the text."""


_LATE_OR_CALLED_OFF = re.compile(
    r"cancel+ed|cancelad[oa]|annul[ée]e?|abgesagt|storniert(?:en)?|delay(?:ed)?|postponed|"
    r"pospuest[oa]|adiad[oa]|verschoben|report[ée]e?|never came|nothing came|versp[äa]tet|"
    r"retras\w*|atras\w*|retard\w*",
    re.I,
)
"""Words that say something came late or not at all, whatever it was: the weak delivery cues
that fit a missed appointment or a late claim payment as well as a late parcel."""
_HANDLED_BY_US = re.compile(
    r"(?<!\w)(?:appointments?|consultations?|visits?|check-?ups?|surgery|operations?|procedures?|"
    r"examinations?|treatments?|sessions?|results?|reports?|claims?|payouts?|settlements?|"
    r"guarantees?|assistance|call-?backs?|technicians?|engineers?|hearse|decisions?|approvals?|"
    r"certificates?|inspections?|citas?|consultas?|visitas?|revisi[oó]n|cirug[ií]as?|"
    r"operaci[oó]n|resultados?|informes?|siniestros?|indemnizaci[oó]n|t[ée]cnicos?|"
    r"coche f[úu]nebre|exames?|cirurgias?|opera[çc][ãa]o|laudos?|relat[óo]rios?|sinistros?|"
    r"indeniza[çc][ãa]o|pagamento do sinistro|carro f[úu]nebre|termine?n?|untersuchung\w*|"
    r"behandlung\w*|befund\w*|ergebnis\w*|bericht\w*|schadensfall\w*|schadenmeldung|"
    r"auszahlung\w*|techniker\w*|besuch\w*|rendez-vous|rdv|examens?|interventions?|"
    r"op[ée]rations?|r[ée]sultats?|comptes? rendus?|rapports?|sinistres?|indemnisation|"
    r"technicien\w*|corbillard|visites?)(?!\w)",
    re.I,
)
"""What our people do or decide for the customer (an appointment, a claim, results, a
visit): late or called off, it is our handling that failed."""
_BOUGHT = re.compile(
    r"(?<!\w)(?:orders?|parcels?|packages?|shipments?|deliver\w*|goods|items?|flights?|"
    r"luggage|bags?|baggage|rooms?|furniture|pedidos?|paquetes?|env[ií]os?|entregas?|vuelos?|"
    r"equipaje|habitaci[oó]n\w*|encomendas?|pacotes?|voos?|bagagem|quartos?|bestellung\w*|"
    r"pakete?|lieferung\w*|sendung\w*|fl[üu]ge?|flug\w*|gep[äa]ck|zimmer|commandes?|colis|"
    r"livraisons?|vols?|bagages?|chambres?|campaigns?|campa[ñn]as?|courses?|cursos?|kurs\w*|"
    r"cours|formations?|tickets?|billets?|boletos?|connections?|conexi[oó]n|conex[ãa]o|"
    r"anschl[üu]ss\w*|correspondances?)(?!\w)",
    re.I,
)
"""What was bought: late or called off, it was not delivered as agreed."""


def _handled(text: str, start: int, end: int) -> bool:
    """The late or called-off thing in this sentence is our handling, not something bought."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    sentence = text[left : min(stops, default=len(text))]
    return bool(_HANDLED_BY_US.search(sentence)) and not _BOUGHT.search(sentence)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


_CLAUSE_END = re.compile(r"[,;:!?]\s|\.\s|\n| / | - ")


def _what_they_pay(text: str, start: int, end: int) -> bool:
    """The cue sits in a clause that states what the customer pays a period."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - _PAY_WINDOW), start)]
    after = _CLAUSE_END.search(text, end, end + _PAY_WINDOW)
    left = before[-1] if before else max(0, start - _PAY_WINDOW)
    right = after.start() if after else end + _PAY_WINDOW
    return _PER_PERIOD.search(text, left, right) is not None


def _cues(text: str) -> list[tuple[str, int, int, int]]:
    """Every cue read as (kind, start, end, weight). A strong cue counts 2, or 1 inside what
    the customer asks for (their view, "because it's obviously a defect"); a weak one
    counts 1 outside quotes and asks, a billing word only outside a clause saying what they
    pay ("other" counts only its
    strong cues). A cue inside a longer cue is that cue's word and counts no more ("tombée
    en panne" in "la voiture est tombée en panne"; "not paid" in "claim still not paid"),
    and cues of one kind on some of the same words count once, as the heaviest."""
    asked = _spans(_ASKED, text)
    quoted = asked + _spans(_QUOTED, text)
    found: list[tuple[str, int, int, int]] = []
    for kind in ORDER:
        strong, weak = _RE[kind]
        for m in strong.finditer(text):
            found.append((kind, m.start(), m.end(), 1 if _inside(m.start(), asked) else 2))
        if kind == "other":
            continue
        for m in weak.finditer(text):
            if _inside(m.start(), quoted):
                continue
            if kind == "billing" and _what_they_pay(text, m.start(), m.end()):
                continue
            if (
                kind == "delivery"
                and _LATE_OR_CALLED_OFF.fullmatch(m.group(0))
                and _handled(text, m.start(), m.end())
            ):
                found.append(("service", m.start(), m.end(), 1))
                continue
            found.append((kind, m.start(), m.end(), 1))
    return [
        cue
        for i, cue in enumerate(found)
        if not any(_outweighs(other, j, cue, i) for j, other in enumerate(found) if j != i)
    ]


def _outweighs(
    other: tuple[str, int, int, int], j: int, cue: tuple[str, int, int, int], i: int
) -> bool:
    """`other` makes `cue` not count: a longer cue of another kind around it, or a cue of the
    same kind on some of the same words that weighs more (or as much, longer or first)."""
    if other[0] != cue[0]:
        return other[1] <= cue[1] and cue[2] <= other[2] and other[2] - other[1] > cue[2] - cue[1]
    overlap = other[1] < cue[2] and cue[1] < other[2]
    return overlap and (other[3], other[2] - other[1], -j) > (cue[3], cue[2] - cue[1], -i)


def issue_kind(issue: str) -> Hit | None:
    """The kind with the most cue weight in the issue text (see `_cues`), the most specific
    first on a tie. "other" wins only on its own strong cues (a policy question, a denied
    claim, out of warranty, damage in our care)."""
    issue = _NOT_WHAT_FAILED.sub(lambda m: " " * len(m.group(0)), issue)
    cues = _cues(_DIGIT_DOT.sub("_", issue))
    best: tuple[int, int, str, tuple[int, int]] | None = None
    breach = privacy_breach(issue)
    for rank, kind in enumerate(ORDER):
        mine = sorted((c for c in cues if c[0] == kind), key=lambda c: c[1])
        score = sum(c[3] for c in mine)
        first = (mine[0][1], mine[0][2]) if mine else None
        if kind == "defect" and (cause := _DEFECT_CAUSE.search(issue)):
            score += _CAUSE_WEIGHT
            first = first or cause.span()
        if kind == "security" and breach:
            score += _BREACH_WEIGHT
            first = first or breach.span()
        if first is None or not score:
            continue
        if best is None or (score, -rank) > (best[0], -best[1]):
            best = (score, rank, kind, first)
    if best is None:
        return None
    return Hit(best[2], evidence(issue, *best[3]))
