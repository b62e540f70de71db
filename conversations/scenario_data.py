"""Install data for the built-in scenarios (the 25 role-plays of SPEC.md, "Scenarios").

The rows below are loaded idempotently by ``slug`` after ``migrate``: a scenario whose slug already exists is left
alone, so from then on the database is the source of truth and admins edit scenarios in the Django admin. Nothing
here is read at request time, and this module imports nothing from Django so it can be checked on its own.

Structure is language-neutral: titles, roles, settings, cultural notes, learning goals, phase goals, objectives and
success criteria are in English (the UI language), and settings and roles name no country or city, so each scenario
can be played in any target language. Each phase then carries, per target language in ``LANGUAGES``:
- ``vocabulary``: 5-8 key words and short expressions in their base form (nouns with their definite article, verbs
  in the infinitive, adjectives in the masculine singular) so that inflected use can be matched by lemma;
- ``phrases``: 4-6 essential phrases at the scenario's level;
- ``opening``: the tutor's first line for the phase, spoken in role;
- ``hint``: a short nudge in the target language with a model phrase in that language's quotation marks.

Languages other than these five are filled by the AI on first use and stored. Spanish is the standard of Spain
(without ``vosotros``), German that of Germany, and Portuguese is European Portuguese throughout (AO1990 spelling;
``o telemóvel``, ``o autocarro``, ``estar a`` + infinitive). Prices are in euros, which fits all five languages.
In role, service encounters use the polite form of address (usted, vous, Sie, Lei, the third person in Portuguese)
and peers the familiar one; where local custom differs (gym staff, a bar at a concert, neighbours in Spanish) the
line follows the custom. Hints speak to the learner with tú in Spanish, tu in Italian, vous in French, Sie in German
and the polite third person in Portuguese.
"""

CATEGORIES = (
    "travel",
    "restaurant",
    "shopping",
    "business",
    "healthcare",
    "social",
    "emergency",
    "education",
    "daily_life",
    "hobbies",
)
LANGUAGES = ("es", "fr", "de", "it", "pt")  # written out for every built-in scenario

SCENARIOS: list[dict] = [
    {
        "slug": "booking-a-table-and-dining-out",
        "title": "Booking a table and dining out",
        "category": "restaurant",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": "A guest who phones a restaurant to book a table and then dines there with a friend.",
        "tutor_role": "The restaurant host on the phone and at the door, then your waiter at the table.",
        "setting": (
            "A popular family-run restaurant in the city centre, busy on a Friday evening. You call in the afternoon "
            "to book, then arrive at the door, order from the menu and pay at the end."
        ),
        "cultural_notes": (
            "In much of southern Europe dinner starts later than you may expect, often from eight or nine in the "
            "evening. Waiters rarely bring the bill before you ask for it, because rushing guests is considered rude. "
            "Service is often included in the price; a small tip for good service is appreciated but not expected."
        ),
        "learning_goals": [
            "Make a reservation with a party size, a time and a name",
            "Order food and drinks politely",
            "Ask for the bill and say how you want to pay",
        ],
        "phases": [
            {
                "name": "Reserve",
                "goal": "Book a table for a given time and number of people.",
                "objectives": ["Say how many people", "Give a day and time", "Give a name for the booking"],
                "success_criteria": "The learner has given the party size, a time and a name.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la reserva",
                            "la mesa",
                            "reservar",
                            "la persona",
                            "la hora",
                            "el nombre",
                            "esta noche",
                        ],
                        "phrases": [
                            "Quisiera reservar una mesa para dos.",
                            "Para esta noche a las nueve, por favor.",
                            "Somos cuatro personas.",
                            "La reserva es a nombre de Martín.",
                            "¿Tienen una mesa en la terraza?",
                        ],
                        "opening": "Restaurante La Plaza, buenas tardes, ¿dígame?",
                        "hint": (
                            "Di para cuántas personas y a qué hora: «Quisiera reservar una mesa para cuatro a las "
                            "nueve.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la réservation",
                            "la table",
                            "réserver",
                            "la personne",
                            "le nom",
                            "ce soir",
                            "l'heure",
                        ],
                        "phrases": [
                            "Je voudrais réserver une table pour deux personnes.",
                            "Pour ce soir, à vingt heures, s'il vous plaît.",
                            "Nous sommes quatre.",
                            "C'est au nom de Martin.",
                            "Vous avez une table en terrasse ?",
                        ],
                        "opening": "Restaurant Le Jardin, bonjour, je vous écoute.",
                        "hint": (
                            "Dites pour combien de personnes et à quelle heure : « Je voudrais réserver une table pour "
                            "quatre à vingt heures. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Reservierung",
                            "der Tisch",
                            "reservieren",
                            "die Person",
                            "der Name",
                            "heute Abend",
                            "die Uhrzeit",
                        ],
                        "phrases": [
                            "Ich möchte einen Tisch für zwei Personen reservieren.",
                            "Für heute Abend um acht Uhr, bitte.",
                            "Wir sind zu viert.",
                            "Auf den Namen Müller, bitte.",
                            "Haben Sie einen Tisch auf der Terrasse?",
                        ],
                        "opening": "Restaurant Zur Linde, guten Tag, was kann ich für Sie tun?",
                        "hint": (
                            "Sagen Sie, für wie viele Personen und wann: „Ich möchte einen Tisch für vier Personen um "
                            "acht Uhr reservieren.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la prenotazione",
                            "il tavolo",
                            "prenotare",
                            "la persona",
                            "il nome",
                            "stasera",
                            "l'orario",
                        ],
                        "phrases": [
                            "Vorrei prenotare un tavolo per due persone.",
                            "Per stasera alle otto, per favore.",
                            "Siamo in quattro.",
                            "A nome Rossi.",
                            "Avete un tavolo all'aperto?",
                        ],
                        "opening": "Ristorante Da Mario, buongiorno, mi dica!",
                        "hint": (
                            "Di' per quante persone e a che ora: «Vorrei prenotare un tavolo per quattro alle otto.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a reserva",
                            "a mesa",
                            "reservar",
                            "a pessoa",
                            "o nome",
                            "hoje à noite",
                            "a hora",
                        ],
                        "phrases": [
                            "Queria reservar uma mesa para duas pessoas.",
                            "Para hoje à noite, às oito, por favor.",
                            "Somos quatro.",
                            "Fica em nome de Ana Silva.",
                            "Têm uma mesa na esplanada?",
                        ],
                        "opening": "Restaurante O Pátio, boa tarde, em que posso ajudar?",
                        "hint": (
                            "Diga para quantas pessoas e a que horas: «Queria reservar uma mesa para quatro às oito.»"
                        ),
                    },
                },
            },
            {
                "name": "Arrive and sit",
                "goal": "Arrive at the restaurant, mention the booking and get seated.",
                "objectives": [
                    "Greet the host",
                    "Say you have a reservation and give the name",
                    "Ask for a particular table or seat",
                ],
                "success_criteria": (
                    "The learner has greeted the host, mentioned the booking and accepted or asked for a table."
                ),
                "languages": {
                    "es": {
                        "vocabulary": ["la reserva", "la terraza", "la ventana", "sentarse", "la carta", "el abrigo"],
                        "phrases": [
                            "Buenas noches, tenemos una reserva.",
                            "La reserva está a nombre de Martín.",
                            "¿Podemos sentarnos junto a la ventana?",
                            "¿Nos trae la carta, por favor?",
                            "Preferimos una mesa dentro.",
                        ],
                        "opening": "¡Buenas noches! Bienvenidos. ¿Tienen reserva?",
                        "hint": (
                            "Saluda y di el nombre de la reserva: «Buenas noches, tenemos una reserva a nombre de "
                            "Martín.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": ["l'entrée", "la fenêtre", "s'asseoir", "la carte", "le manteau", "la terrasse"],
                        "phrases": [
                            "Bonsoir, nous avons une réservation.",
                            "La réservation est au nom de Martin.",
                            "Est-ce qu'on peut s'asseoir près de la fenêtre ?",
                            "Vous pouvez nous apporter la carte, s'il vous plaît ?",
                            "Nous préférons une table à l'intérieur.",
                        ],
                        "opening": "Bonsoir et bienvenue ! Vous avez réservé ?",
                        "hint": (
                            "Saluez et donnez le nom de la réservation : « Bonsoir, nous avons une réservation au nom "
                            "de Martin. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Eingang",
                            "das Fenster",
                            "sich setzen",
                            "die Speisekarte",
                            "die Garderobe",
                            "frei",
                        ],
                        "phrases": [
                            "Guten Abend, wir haben reserviert.",
                            "Die Reservierung ist auf den Namen Müller.",
                            "Können wir am Fenster sitzen?",
                            "Könnten Sie uns bitte die Speisekarte bringen?",
                            "Wir sitzen lieber drinnen.",
                        ],
                        "opening": "Guten Abend, herzlich willkommen! Haben Sie reserviert?",
                        "hint": (
                            "Grüßen Sie und nennen Sie den Namen: „Guten Abend, wir haben einen Tisch auf den Namen "
                            "Müller reserviert.“"
                        ),
                    },
                    "it": {
                        "vocabulary": ["l'ingresso", "la finestra", "sedersi", "il menù", "il cappotto", "libero"],
                        "phrases": [
                            "Buonasera, abbiamo una prenotazione.",
                            "La prenotazione è a nome Rossi.",
                            "Possiamo sederci vicino alla finestra?",
                            "Ci porta il menù, per favore?",
                            "Preferiamo un tavolo dentro.",
                        ],
                        "opening": "Buonasera e benvenuti! Avete prenotato?",
                        "hint": "Saluta e di' il nome della prenotazione: «Buonasera, abbiamo prenotato a nome Rossi.»",
                    },
                    "pt": {
                        "vocabulary": ["a entrada", "a janela", "sentar-se", "a ementa", "o casaco", "livre"],
                        "phrases": [
                            "Boa noite, temos uma reserva.",
                            "A reserva está em nome de Ana Silva.",
                            "Podemos sentar-nos ao pé da janela?",
                            "Pode trazer-nos a ementa, por favor?",
                            "Preferimos uma mesa lá dentro.",
                        ],
                        "opening": "Boa noite, sejam bem-vindos! Têm reserva?",
                        "hint": (
                            "Cumprimente e diga o nome da reserva: «Boa noite, temos uma reserva em nome de Ana Silva.»"
                        ),
                    },
                },
            },
            {
                "name": "Order",
                "goal": "Order a starter, a main course and drinks from the menu.",
                "objectives": ["Order a drink", "Order a starter and a main course", "Ask a question about a dish"],
                "success_criteria": "The learner has ordered a drink and at least one dish and asked about the menu.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el primer plato",
                            "el segundo plato",
                            "el postre",
                            "la bebida",
                            "el agua",
                            "pedir",
                            "recomendar",
                        ],
                        "phrases": [
                            "Para beber, un agua con gas, por favor.",
                            "De primero, quiero la sopa.",
                            "De segundo, el pescado del día.",
                            "¿Qué me recomienda?",
                            "¿Este plato lleva carne?",
                            "Para mí, lo mismo.",
                        ],
                        "opening": "¿Ya saben qué van a tomar? ¿Algo de beber para empezar?",
                        "hint": "Pide primero la bebida: «Para beber, un agua sin gas, por favor.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'entrée",
                            "le plat principal",
                            "le dessert",
                            "la boisson",
                            "la carafe d'eau",
                            "commander",
                            "conseiller",
                        ],
                        "phrases": [
                            "Comme boisson, une carafe d'eau, s'il vous plaît.",
                            "En entrée, je vais prendre la soupe.",
                            "Comme plat, le poisson du jour.",
                            "Qu'est-ce que vous me conseillez ?",
                            "Il y a de la viande dans ce plat ?",
                            "Pour moi, la même chose.",
                        ],
                        "opening": "Vous avez choisi ? Je vous sers quelque chose à boire pour commencer ?",
                        "hint": (
                            "Commandez d'abord une boisson : « Une carafe d'eau et un verre de vin rouge, s'il vous "
                            "plaît. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Vorspeise",
                            "das Hauptgericht",
                            "der Nachtisch",
                            "das Getränk",
                            "das Mineralwasser",
                            "bestellen",
                            "empfehlen",
                        ],
                        "phrases": [
                            "Zu trinken hätte ich gern ein Mineralwasser.",
                            "Als Vorspeise nehme ich die Suppe.",
                            "Als Hauptgericht nehme ich den Fisch.",
                            "Was können Sie empfehlen?",
                            "Ist in diesem Gericht Fleisch?",
                            "Für mich das Gleiche, bitte.",
                        ],
                        "opening": "Haben Sie schon gewählt? Darf ich Ihnen erst einmal etwas zu trinken bringen?",
                        "hint": (
                            "Bestellen Sie zuerst ein Getränk: „Ich hätte gern ein Glas Rotwein und ein Wasser, bitte.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'antipasto",
                            "il primo",
                            "il secondo",
                            "il dolce",
                            "la bevanda",
                            "ordinare",
                            "consigliare",
                        ],
                        "phrases": [
                            "Da bere, un'acqua frizzante, per favore.",
                            "Come antipasto, prendo la bruschetta.",
                            "Come secondo, il pesce del giorno.",
                            "Che cosa mi consiglia?",
                            "In questo piatto c'è carne?",
                            "Per me lo stesso.",
                        ],
                        "opening": "Avete già scelto? Intanto vi porto qualcosa da bere?",
                        "hint": (
                            "Ordina prima da bere: «Da bere, un'acqua naturale e un bicchiere di vino rosso, per "
                            "favore.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a entrada",
                            "o prato principal",
                            "a sobremesa",
                            "a bebida",
                            "a água",
                            "pedir",
                            "recomendar",
                        ],
                        "phrases": [
                            "Para beber, uma água com gás, por favor.",
                            "Para entrada, queria a sopa.",
                            "Como prato principal, o peixe do dia.",
                            "O que me recomenda?",
                            "Este prato leva carne?",
                            "Para mim, o mesmo.",
                        ],
                        "opening": "Já escolheram? Posso trazer alguma coisa para beber, para começar?",
                        "hint": (
                            "Peça primeiro a bebida: «Para beber, uma água sem gás e um copo de vinho tinto, por "
                            "favor.»"
                        ),
                    },
                },
            },
            {
                "name": "Pay",
                "goal": "Ask for the bill, check it and pay.",
                "objectives": ["Ask for the bill", "Say how you want to pay", "Thank the waiter and say goodbye"],
                "success_criteria": "The learner has asked for the bill, paid by card or in cash and said goodbye.",
                "languages": {
                    "es": {
                        "vocabulary": ["la cuenta", "pagar", "la tarjeta", "el efectivo", "la propina", "el recibo"],
                        "phrases": [
                            "La cuenta, por favor.",
                            "¿Puedo pagar con tarjeta?",
                            "Pagamos por separado.",
                            "Quédese con el cambio.",
                            "Todo estaba muy rico, gracias.",
                        ],
                        "opening": "¿Qué tal todo? ¿Les traigo algo más?",
                        "hint": "Pide la cuenta: «La cuenta, por favor. ¿Puedo pagar con tarjeta?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'addition",
                            "payer",
                            "la carte bancaire",
                            "les espèces",
                            "le pourboire",
                            "le ticket",
                        ],
                        "phrases": [
                            "L'addition, s'il vous plaît.",
                            "Je peux payer par carte ?",
                            "On paie séparément.",
                            "Gardez la monnaie.",
                            "C'était délicieux, merci.",
                        ],
                        "opening": "Tout s'est bien passé ? Je vous apporte autre chose ?",
                        "hint": "Demandez l'addition : « L'addition, s'il vous plaît. Je peux payer par carte ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Rechnung",
                            "bezahlen",
                            "die Karte",
                            "das Bargeld",
                            "das Trinkgeld",
                            "die Quittung",
                        ],
                        "phrases": [
                            "Die Rechnung, bitte.",
                            "Kann ich mit Karte zahlen?",
                            "Wir zahlen getrennt.",
                            "Stimmt so.",
                            "Es hat sehr gut geschmeckt, danke.",
                        ],
                        "opening": "Hat es Ihnen geschmeckt? Darf es noch etwas sein?",
                        "hint": "Bitten Sie um die Rechnung: „Die Rechnung, bitte. Kann ich mit Karte zahlen?“",
                    },
                    "it": {
                        "vocabulary": ["il conto", "pagare", "la carta", "i contanti", "la mancia", "lo scontrino"],
                        "phrases": [
                            "Il conto, per favore.",
                            "Posso pagare con la carta?",
                            "Paghiamo separatamente.",
                            "Tenga pure il resto.",
                            "Era tutto buonissimo, grazie.",
                        ],
                        "opening": "Tutto bene? Vi porto qualcos'altro?",
                        "hint": "Chiedi il conto: «Il conto, per favore. Posso pagare con la carta?»",
                    },
                    "pt": {
                        "vocabulary": ["a conta", "pagar", "o cartão", "o dinheiro", "a gorjeta", "o recibo"],
                        "phrases": [
                            "A conta, por favor.",
                            "Posso pagar com cartão?",
                            "Pagamos em separado.",
                            "Fique com o troco.",
                            "Estava tudo ótimo, obrigado.",
                        ],
                        "opening": "Correu tudo bem? Desejam mais alguma coisa?",
                        "hint": "Peça a conta: «A conta, se faz favor. Posso pagar com cartão?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "checking-into-a-hotel",
        "title": "Checking into a hotel",
        "category": "travel",
        "level_min": "A2",
        "level_max": "B1",
        "minutes": 12,
        "learner_role": "A traveller arriving at a hotel with a booking for three nights.",
        "tutor_role": "The receptionist at the front desk.",
        "setting": (
            "A mid-sized hotel near the old town, late in the afternoon. You have booked a double room online and "
            "arrive with your suitcase, tired from the journey."
        ),
        "cultural_notes": (
            "Hotels usually ask for an identity document or passport at check-in and may take a card as a guarantee. A "
            "tourist tax per night is common in European cities and is often paid at the hotel on top of the room "
            "price. Breakfast is not always included, so it is worth asking. Receptionists are used to questions about "
            "the area and are glad to recommend places."
        ),
        "learning_goals": [
            "Check in with a booking and hand over documents",
            "Ask for something in the room or report a problem",
            "Ask for local recommendations and understand directions",
        ],
        "phases": [
            {
                "name": "Check in",
                "goal": "Check in with an existing booking and hand over your documents.",
                "objectives": [
                    "Say that you have a booking and give your name",
                    "Confirm the dates and show a document",
                    "Ask about breakfast or the Wi-Fi",
                ],
                "success_criteria": (
                    "The learner has given the booking name, confirmed the stay and asked about a hotel service."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la recepción",
                            "la habitación doble",
                            "el pasaporte",
                            "la llave",
                            "el desayuno",
                            "la noche",
                            "alojarse",
                        ],
                        "phrases": [
                            "Buenas tardes, tengo una reserva a nombre de Martín.",
                            "Es para tres noches.",
                            "Aquí tiene mi pasaporte.",
                            "¿El desayuno está incluido?",
                            "¿A qué hora es el desayuno?",
                            "¿Cuál es la contraseña del wifi?",
                        ],
                        "opening": "Buenas tardes, bienvenido al hotel. ¿En qué puedo ayudarle?",
                        "hint": (
                            "Di que tienes una reserva: «Buenas tardes, tengo una reserva a nombre de Martín para tres "
                            "noches.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la réception",
                            "la chambre double",
                            "le passeport",
                            "la clé",
                            "le petit-déjeuner",
                            "la nuit",
                            "séjourner",
                        ],
                        "phrases": [
                            "Bonjour, j'ai une réservation au nom de Martin.",
                            "C'est pour trois nuits.",
                            "Voici mon passeport.",
                            "Le petit-déjeuner est compris ?",
                            "Le petit-déjeuner est servi à quelle heure ?",
                            "Quel est le code du wifi ?",
                        ],
                        "opening": "Bonjour et bienvenue à l'hôtel ! Que puis-je faire pour vous ?",
                        "hint": (
                            "Dites que vous avez réservé : « Bonjour, j'ai une réservation au nom de Martin pour trois "
                            "nuits. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Rezeption",
                            "das Doppelzimmer",
                            "der Reisepass",
                            "der Schlüssel",
                            "das Frühstück",
                            "die Nacht",
                            "übernachten",
                        ],
                        "phrases": [
                            "Guten Tag, ich habe eine Reservierung auf den Namen Müller.",
                            "Es ist für drei Nächte.",
                            "Hier ist mein Reisepass.",
                            "Ist das Frühstück inbegriffen?",
                            "Ab wann gibt es Frühstück?",
                            "Wie ist das WLAN-Passwort?",
                        ],
                        "opening": "Guten Tag und herzlich willkommen! Wie kann ich Ihnen helfen?",
                        "hint": (
                            "Sagen Sie, dass Sie reserviert haben: „Guten Tag, ich habe ein Zimmer auf den Namen "
                            "Müller reserviert, für drei Nächte.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la reception",
                            "la camera doppia",
                            "il passaporto",
                            "la chiave",
                            "la colazione",
                            "la notte",
                            "soggiornare",
                        ],
                        "phrases": [
                            "Buonasera, ho una prenotazione a nome Rossi.",
                            "È per tre notti.",
                            "Ecco il mio passaporto.",
                            "La colazione è compresa?",
                            "A che ora è la colazione?",
                            "Qual è la password del wi-fi?",
                        ],
                        "opening": "Buonasera e benvenuto! Come posso aiutarla?",
                        "hint": (
                            "Di' che hai una prenotazione: «Buonasera, ho prenotato una camera a nome Rossi per tre "
                            "notti.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a receção",
                            "o quarto duplo",
                            "o passaporte",
                            "a chave",
                            "o pequeno-almoço",
                            "a noite",
                            "ficar",
                        ],
                        "phrases": [
                            "Boa tarde, tenho uma reserva em nome de Ana Silva.",
                            "É para três noites.",
                            "Aqui tem o meu passaporte.",
                            "O pequeno-almoço está incluído?",
                            "A que horas é o pequeno-almoço?",
                            "Qual é a palavra-passe do wi-fi?",
                        ],
                        "opening": "Boa tarde, bem-vindo ao hotel! Em que posso ajudar?",
                        "hint": (
                            "Diga que tem uma reserva: «Boa tarde, tenho uma reserva em nome de Ana Silva para três "
                            "noites.»"
                        ),
                    },
                },
            },
            {
                "name": "Room requests",
                "goal": "Ask for something you need in the room or report a small problem.",
                "objectives": [
                    "Describe a problem or a need in the room",
                    "Ask for an extra item or a change of room",
                    "Ask when it will be done",
                ],
                "success_criteria": "The learner has described a need or problem and agreed on what the hotel will do.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la toalla",
                            "la almohada",
                            "el aire acondicionado",
                            "funcionar",
                            "el ruido",
                            "cambiar",
                            "la calefacción",
                        ],
                        "phrases": [
                            "El aire acondicionado no funciona.",
                            "¿Me podría traer otra almohada?",
                            "Hay mucho ruido de la calle.",
                            "¿Sería posible cambiar de habitación?",
                            "¿Cuándo pueden venir a arreglarlo?",
                        ],
                        "opening": "Recepción, buenas tardes. ¿Todo bien con la habitación?",
                        "hint": (
                            "Explica el problema y pide una solución: «La ducha no funciona. ¿Podría mandar a alguien, "
                            "por favor?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la serviette",
                            "l'oreiller",
                            "la climatisation",
                            "marcher",
                            "le bruit",
                            "changer",
                            "le chauffage",
                        ],
                        "phrases": [
                            "La climatisation ne marche pas.",
                            "Pourriez-vous m'apporter un autre oreiller ?",
                            "Il y a beaucoup de bruit dans la rue.",
                            "Serait-il possible de changer de chambre ?",
                            "Quand est-ce que quelqu'un peut passer ?",
                        ],
                        "opening": "Réception, bonsoir. Tout se passe bien dans votre chambre ?",
                        "hint": (
                            "Expliquez le problème et demandez une solution : « La douche ne marche pas. Vous pourriez "
                            "envoyer quelqu'un, s'il vous plaît ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Handtuch",
                            "das Kopfkissen",
                            "die Klimaanlage",
                            "funktionieren",
                            "der Lärm",
                            "wechseln",
                            "die Heizung",
                        ],
                        "phrases": [
                            "Die Klimaanlage funktioniert nicht.",
                            "Könnten Sie mir bitte noch ein Kopfkissen bringen?",
                            "Von der Straße kommt viel Lärm.",
                            "Wäre es möglich, das Zimmer zu wechseln?",
                            "Wann kann jemand vorbeikommen und es reparieren?",
                        ],
                        "opening": "Rezeption, guten Abend. Ist mit Ihrem Zimmer alles in Ordnung?",
                        "hint": (
                            "Beschreiben Sie das Problem und bitten Sie um Hilfe: „Die Dusche funktioniert nicht. "
                            "Könnten Sie bitte jemanden schicken?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'asciugamano",
                            "il cuscino",
                            "l'aria condizionata",
                            "funzionare",
                            "il rumore",
                            "cambiare",
                            "il riscaldamento",
                        ],
                        "phrases": [
                            "L'aria condizionata non funziona.",
                            "Potrebbe portarmi un altro cuscino?",
                            "C'è molto rumore dalla strada.",
                            "Sarebbe possibile cambiare camera?",
                            "Quando può passare qualcuno a controllare?",
                        ],
                        "opening": "Reception, buonasera. Va tutto bene con la camera?",
                        "hint": (
                            "Spiega il problema e chiedi aiuto: «La doccia non funziona. Potrebbe mandare qualcuno, "
                            "per favore?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a toalha",
                            "a almofada",
                            "o ar condicionado",
                            "funcionar",
                            "o barulho",
                            "mudar",
                            "o aquecimento",
                        ],
                        "phrases": [
                            "O ar condicionado não funciona.",
                            "Podia trazer-me outra almofada, por favor?",
                            "Há muito barulho da rua.",
                            "Seria possível mudar de quarto?",
                            "Quando é que alguém pode vir ver isso?",
                        ],
                        "opening": "Receção, boa tarde. Está tudo bem com o quarto?",
                        "hint": (
                            "Explique o problema e peça ajuda: «O duche não funciona. Podia mandar alguém, por favor?»"
                        ),
                    },
                },
            },
            {
                "name": "Local tips",
                "goal": "Ask the receptionist for recommendations in the area and how to get there.",
                "objectives": [
                    "Ask for a place to eat or something to visit",
                    "Ask how to get there",
                    "Ask about opening times or prices",
                ],
                "success_criteria": "The learner has asked for at least one recommendation and how to get there.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "recomendar",
                            "el barrio",
                            "el museo",
                            "a pie",
                            "el autobús",
                            "el plano",
                            "abierto",
                        ],
                        "phrases": [
                            "¿Qué me recomienda visitar por aquí?",
                            "¿Hay un buen restaurante cerca?",
                            "¿Se puede ir a pie?",
                            "¿Qué autobús tengo que coger?",
                            "¿A qué hora abre el museo?",
                        ],
                        "opening": "¿Es su primera vez en la ciudad? Si quiere, le doy algunas recomendaciones.",
                        "hint": "Pide una recomendación: «¿Me puede recomendar un restaurante típico cerca del hotel?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "recommander",
                            "le quartier",
                            "le musée",
                            "à pied",
                            "le bus",
                            "le plan",
                            "ouvert",
                        ],
                        "phrases": [
                            "Qu'est-ce que vous me recommandez de visiter ?",
                            "Il y a un bon restaurant près d'ici ?",
                            "On peut y aller à pied ?",
                            "Quel bus est-ce que je dois prendre ?",
                            "Le musée ouvre à quelle heure ?",
                        ],
                        "opening": (
                            "C'est votre première visite en ville ? Je peux vous donner quelques conseils, si vous "
                            "voulez."
                        ),
                        "hint": (
                            "Demandez une recommandation : « Vous pouvez me recommander un restaurant typique près de "
                            "l'hôtel ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "empfehlen",
                            "das Viertel",
                            "das Museum",
                            "zu Fuß",
                            "der Bus",
                            "der Stadtplan",
                            "geöffnet",
                        ],
                        "phrases": [
                            "Was würden Sie mir hier in der Gegend empfehlen?",
                            "Gibt es ein gutes Restaurant in der Nähe?",
                            "Kann man zu Fuß hingehen?",
                            "Welchen Bus muss ich nehmen?",
                            "Wann öffnet das Museum?",
                        ],
                        "opening": (
                            "Sind Sie zum ersten Mal in der Stadt? Wenn Sie möchten, gebe ich Ihnen ein paar Tipps."
                        ),
                        "hint": (
                            "Fragen Sie nach einer Empfehlung: „Können Sie mir ein typisches Restaurant in der Nähe "
                            "empfehlen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "consigliare",
                            "il quartiere",
                            "il museo",
                            "a piedi",
                            "l'autobus",
                            "la piantina",
                            "aperto",
                        ],
                        "phrases": [
                            "Che cosa mi consiglia di visitare qui vicino?",
                            "C'è un buon ristorante in zona?",
                            "Ci si può andare a piedi?",
                            "Quale autobus devo prendere?",
                            "A che ora apre il museo?",
                        ],
                        "opening": "È la prima volta in città? Se vuole, le do qualche consiglio.",
                        "hint": "Chiedi un consiglio: «Mi può consigliare un ristorante tipico vicino all'albergo?»",
                    },
                    "pt": {
                        "vocabulary": ["recomendar", "o bairro", "o museu", "a pé", "o autocarro", "o mapa", "aberto"],
                        "phrases": [
                            "O que me recomenda visitar aqui perto?",
                            "Há algum bom restaurante perto daqui?",
                            "Dá para ir a pé?",
                            "Que autocarro tenho de apanhar?",
                            "A que horas abre o museu?",
                        ],
                        "opening": "É a primeira vez que visita a cidade? Se quiser, dou-lhe algumas sugestões.",
                        "hint": "Peça uma recomendação: «Pode recomendar-me um restaurante típico perto do hotel?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "buying-clothes",
        "title": "Buying clothes",
        "category": "shopping",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 10,
        "learner_role": "A shopper looking for a jacket and a pair of trousers in a clothes shop.",
        "tutor_role": "A shop assistant who helps you find sizes and colours and then takes your payment at the till.",
        "setting": (
            "A clothes shop on a busy shopping street during the sales. The racks are full, the changing rooms are at "
            "the back and there is a short queue at the till."
        ),
        "cultural_notes": (
            "Shop assistants usually greet you when you come in, and it is polite to greet them back. Clothing sizes "
            "differ between countries, so asking for a size in numbers or letters is normal. Keep the receipt: many "
            "shops exchange items within a few weeks, but sale items are sometimes excluded."
        ),
        "learning_goals": [
            "Ask for an item in a size and a colour",
            "Say whether something fits and ask for another size",
            "Pay and ask about exchanges",
        ],
        "phases": [
            {
                "name": "Browse and ask",
                "goal": "Tell the assistant what you are looking for and ask about sizes and colours.",
                "objectives": [
                    "Say what item you are looking for",
                    "Ask for a size or a colour",
                    "Ask about the price",
                ],
                "success_criteria": "The learner has named an item and a size or colour and asked the price.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la chaqueta",
                            "los pantalones",
                            "la talla",
                            "el color",
                            "buscar",
                            "el precio",
                            "barato",
                        ],
                        "phrases": [
                            "Busco una chaqueta.",
                            "¿La tienen en azul?",
                            "¿Tiene esta camisa en la talla M?",
                            "¿Cuánto cuesta?",
                            "Solo estoy mirando, gracias.",
                        ],
                        "opening": "¡Hola, buenos días! ¿Puedo ayudarle en algo?",
                        "hint": "Di qué buscas: «Busco una chaqueta negra, talla M.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la veste",
                            "le pantalon",
                            "la taille",
                            "la couleur",
                            "chercher",
                            "le prix",
                            "cher",
                        ],
                        "phrases": [
                            "Je cherche une veste.",
                            "Vous l'avez en bleu ?",
                            "Vous avez cette chemise en M ?",
                            "Elle coûte combien ?",
                            "Je regarde seulement, merci.",
                        ],
                        "opening": "Bonjour ! Je peux vous aider ?",
                        "hint": "Dites ce que vous cherchez : « Je cherche une veste noire, en taille M. »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Jacke",
                            "die Hose",
                            "die Größe",
                            "die Farbe",
                            "suchen",
                            "der Preis",
                            "günstig",
                        ],
                        "phrases": [
                            "Ich suche eine Jacke.",
                            "Haben Sie die auch in Blau?",
                            "Haben Sie dieses Hemd in Größe M?",
                            "Was kostet das?",
                            "Ich schaue mich nur um, danke.",
                        ],
                        "opening": "Guten Tag! Kann ich Ihnen helfen?",
                        "hint": "Sagen Sie, was Sie suchen: „Ich suche eine schwarze Jacke in Größe M.“",
                    },
                    "it": {
                        "vocabulary": [
                            "la giacca",
                            "i pantaloni",
                            "la taglia",
                            "il colore",
                            "cercare",
                            "il prezzo",
                            "economico",
                        ],
                        "phrases": [
                            "Cerco una giacca.",
                            "Ce l'ha in blu?",
                            "Ha questa camicia nella taglia M?",
                            "Quanto costa?",
                            "Sto solo guardando, grazie.",
                        ],
                        "opening": "Buongiorno! Posso aiutarla?",
                        "hint": "Di' che cosa cerchi: «Cerco una giacca nera, taglia M.»",
                    },
                    "pt": {
                        "vocabulary": ["o casaco", "as calças", "o tamanho", "a cor", "procurar", "o preço", "barato"],
                        "phrases": [
                            "Estou à procura de um casaco.",
                            "Tem isto em azul?",
                            "Tem esta camisa no tamanho M?",
                            "Quanto custa?",
                            "Estou só a ver, obrigado.",
                        ],
                        "opening": "Bom dia! Posso ajudar?",
                        "hint": "Diga o que procura: «Estou à procura de um casaco preto, tamanho M.»",
                    },
                },
            },
            {
                "name": "Try on",
                "goal": "Try the clothes on and say how they fit.",
                "objectives": [
                    "Ask where the changing rooms are",
                    "Say whether it fits or is too big or too small",
                    "Ask for another size or colour",
                ],
                "success_criteria": (
                    "The learner has tried an item on, said how it fits and asked for a change if needed."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el probador",
                            "probarse",
                            "quedar",
                            "grande",
                            "pequeño",
                            "estrecho",
                            "el espejo",
                        ],
                        "phrases": [
                            "¿Dónde están los probadores?",
                            "¿Me lo puedo probar?",
                            "Me queda pequeño.",
                            "¿Tiene una talla más grande?",
                            "Me queda muy bien, me lo llevo.",
                        ],
                        "opening": "¿Quiere probárselo? Los probadores están al fondo, a la derecha.",
                        "hint": "Di cómo te queda: «Me queda un poco grande. ¿Tiene una talla menos?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la cabine d'essayage",
                            "essayer",
                            "aller",
                            "grand",
                            "petit",
                            "serré",
                            "le miroir",
                        ],
                        "phrases": [
                            "Où sont les cabines d'essayage ?",
                            "Je peux l'essayer ?",
                            "C'est trop petit.",
                            "Vous l'avez dans la taille au-dessus ?",
                            "Ça me va très bien, je le prends.",
                        ],
                        "opening": "Vous voulez l'essayer ? Les cabines sont au fond, à droite.",
                        "hint": "Dites comment ça vous va : « C'est un peu grand. Vous avez la taille en dessous ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Umkleidekabine",
                            "anprobieren",
                            "passen",
                            "groß",
                            "klein",
                            "eng",
                            "der Spiegel",
                        ],
                        "phrases": [
                            "Wo sind die Umkleidekabinen?",
                            "Kann ich das anprobieren?",
                            "Die Hose ist mir zu klein.",
                            "Haben Sie das eine Nummer größer?",
                            "Die Jacke passt gut, ich nehme sie.",
                        ],
                        "opening": "Möchten Sie das anprobieren? Die Kabinen sind hinten rechts.",
                        "hint": (
                            "Sagen Sie, wie es passt: „Das ist mir etwas zu groß. Haben Sie es eine Nummer kleiner?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il camerino",
                            "provare",
                            "stare",
                            "grande",
                            "piccolo",
                            "stretto",
                            "lo specchio",
                        ],
                        "phrases": [
                            "Dove sono i camerini?",
                            "Posso provarla?",
                            "Mi sta piccola.",
                            "Ce l'ha in una taglia più grande?",
                            "Mi sta benissimo, la prendo.",
                        ],
                        "opening": "Vuole provarla? I camerini sono in fondo a destra.",
                        "hint": "Di' come ti sta: «Mi sta un po' larga. Ha una taglia più piccola?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o provador",
                            "experimentar",
                            "ficar",
                            "grande",
                            "pequeno",
                            "apertado",
                            "o espelho",
                        ],
                        "phrases": [
                            "Onde ficam os provadores?",
                            "Posso experimentar?",
                            "Fica-me pequeno.",
                            "Tem um tamanho acima?",
                            "Fica-me muito bem, vou levar.",
                        ],
                        "opening": "Quer experimentar? Os provadores ficam ao fundo, à direita.",
                        "hint": "Diga como lhe fica: «Fica-me um bocadinho grande. Tem um tamanho abaixo?»",
                    },
                },
            },
            {
                "name": "Pay",
                "goal": "Pay for the clothes and ask about exchanges or returns.",
                "objectives": ["Say what you are buying", "Pay by card or in cash", "Ask whether you can exchange it"],
                "success_criteria": "The learner has paid and asked about exchanging or returning the item.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la caja",
                            "pagar",
                            "el ticket",
                            "cambiar",
                            "devolver",
                            "la bolsa",
                            "las rebajas",
                        ],
                        "phrases": [
                            "Me llevo esta chaqueta.",
                            "¿Se puede pagar con tarjeta?",
                            "¿Puedo cambiarlo si no me queda bien?",
                            "¿Está rebajado?",
                            "No necesito bolsa, gracias.",
                        ],
                        "opening": "¿Lo tiene todo? Puede pasar por caja, por aquí.",
                        "hint": "Pregunta por los cambios: «¿Puedo cambiar la chaqueta si no me queda bien?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la caisse",
                            "payer",
                            "le ticket de caisse",
                            "échanger",
                            "rembourser",
                            "le sac",
                            "les soldes",
                        ],
                        "phrases": [
                            "Je prends cette veste.",
                            "On peut payer par carte ?",
                            "Je peux l'échanger si ça ne va pas ?",
                            "Elle est en solde ?",
                            "Je n'ai pas besoin de sac, merci.",
                        ],
                        "opening": "Vous avez trouvé votre bonheur ? Je vous encaisse ici.",
                        "hint": "Renseignez-vous sur l'échange : « Je peux échanger la veste si elle ne me va pas ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Kasse",
                            "bezahlen",
                            "der Kassenbon",
                            "umtauschen",
                            "zurückgeben",
                            "die Tüte",
                            "reduziert",
                        ],
                        "phrases": [
                            "Ich nehme diese Jacke.",
                            "Kann ich mit Karte bezahlen?",
                            "Kann ich das umtauschen, wenn es nicht passt?",
                            "Ist das reduziert?",
                            "Ich brauche keine Tüte, danke.",
                        ],
                        "opening": "Haben Sie alles gefunden? Dann kommen Sie bitte hier zur Kasse.",
                        "hint": "Fragen Sie nach dem Umtausch: „Kann ich die Jacke umtauschen, wenn sie nicht passt?“",
                    },
                    "it": {
                        "vocabulary": [
                            "la cassa",
                            "pagare",
                            "lo scontrino",
                            "cambiare",
                            "restituire",
                            "la busta",
                            "i saldi",
                        ],
                        "phrases": [
                            "Prendo questa giacca.",
                            "Posso pagare con la carta?",
                            "Posso cambiarla se non va bene?",
                            "È in saldo?",
                            "Non mi serve la busta, grazie.",
                        ],
                        "opening": "Ha trovato tutto? Si accomodi pure alla cassa.",
                        "hint": "Chiedi del cambio: «Posso cambiare la giacca se non mi sta bene?»",
                    },
                    "pt": {
                        "vocabulary": ["a caixa", "pagar", "o talão", "trocar", "devolver", "o saco", "os saldos"],
                        "phrases": [
                            "Vou levar este casaco.",
                            "Posso pagar com cartão?",
                            "Posso trocar se não servir?",
                            "Está em saldo?",
                            "Não preciso de saco, obrigado.",
                        ],
                        "opening": "Encontrou tudo? Pode vir aqui à caixa, por favor.",
                        "hint": "Pergunte pela troca: «Posso trocar o casaco se não me servir?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "first-meeting-with-foreign-business-partners",
        "title": "First meeting with foreign business partners",
        "category": "business",
        "level_min": "A2",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": "A project manager meeting a partner company's team for the first time.",
        "tutor_role": "The head of sales at the partner company, who hosts the meeting.",
        "setting": (
            "A meeting room at the partner company's offices, with coffee and water on the table. Your two companies "
            "want to work together on a new product, and this is the first face-to-face meeting."
        ),
        "cultural_notes": (
            "A handshake and surnames with the polite form of address are the safe choice at a first business meeting; "
            "wait to be invited before using first names. In some cultures a few minutes of small talk are expected "
            "before business starts, while in others people get to the point quickly. Exchanging business cards and "
            "following up by e-mail the next day are both common."
        ),
        "learning_goals": [
            "Introduce yourself, your job and your company",
            "Make simple small talk about the journey and the city",
            "Agree on the points of a meeting and the next steps",
        ],
        "phases": [
            {
                "name": "Introductions",
                "goal": "Introduce yourself, your role and your company.",
                "objectives": [
                    "Greet and give your name",
                    "Say what your job is and where you work",
                    "Introduce a colleague or ask about the other person's role",
                ],
                "success_criteria": (
                    "The learner has given their name, job and company and asked about the other person."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "presentar",
                            "la empresa",
                            "el cargo",
                            "el departamento",
                            "el compañero",
                            "la tarjeta de visita",
                            "trabajar",
                        ],
                        "phrases": [
                            "Buenos días, me llamo Laura Martín.",
                            "Soy responsable de proyectos en Técnica Sur.",
                            "Le presento a mi compañero Pablo, del departamento de ventas.",
                            "Mucho gusto.",
                            "¿Y cuál es su cargo?",
                        ],
                        "opening": (
                            "Buenos días, bienvenidos a nuestra oficina. Soy Carmen López, la directora de ventas."
                        ),
                        "hint": (
                            "Di tu nombre, tu cargo y tu empresa: «Mucho gusto, soy Laura Martín, responsable de "
                            "proyectos en Técnica Sur.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "présenter",
                            "l'entreprise",
                            "le poste",
                            "le service",
                            "le collègue",
                            "la carte de visite",
                            "travailler",
                        ],
                        "phrases": [
                            "Bonjour, je m'appelle Julie Martin.",
                            "Je suis responsable de projet chez Technipro.",
                            "Je vous présente mon collègue Paul, du service commercial.",
                            "C'est un plaisir de vous rencontrer.",
                            "Et vous, quel est votre poste ?",
                        ],
                        "opening": (
                            "Bonjour et bienvenue dans nos bureaux. Je suis Claire Dubois, directrice commerciale."
                        ),
                        "hint": (
                            "Donnez votre nom, votre poste et votre entreprise : « Bonjour, je suis Julie Martin, "
                            "responsable de projet chez Technipro. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "vorstellen",
                            "die Firma",
                            "die Abteilung",
                            "der Kollege",
                            "die Visitenkarte",
                            "zuständig",
                            "arbeiten",
                        ],
                        "phrases": [
                            "Guten Tag, mein Name ist Julia Schmidt.",
                            "Ich bin bei Technova für neue Projekte zuständig.",
                            "Darf ich Ihnen meinen Kollegen Paul vorstellen?",
                            "Freut mich, Sie kennenzulernen.",
                            "Und was machen Sie in Ihrer Firma?",
                        ],
                        "opening": (
                            "Guten Tag, herzlich willkommen bei uns! Ich bin Sabine Wagner, die Vertriebsleiterin."
                        ),
                        "hint": (
                            "Nennen Sie Namen, Aufgabe und Firma: „Guten Tag, mein Name ist Julia Schmidt, ich bin bei "
                            "Technova für neue Projekte zuständig.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "presentare",
                            "l'azienda",
                            "il ruolo",
                            "il reparto",
                            "il collega",
                            "il biglietto da visita",
                            "occuparsi",
                        ],
                        "phrases": [
                            "Buongiorno, mi chiamo Giulia Bianchi.",
                            "Mi occupo dei nuovi progetti alla Tecnoval.",
                            "Le presento il mio collega Paolo, dell'ufficio vendite.",
                            "Piacere di conoscerla.",
                            "E lei di che cosa si occupa?",
                        ],
                        "opening": (
                            "Buongiorno e benvenuti nei nostri uffici! Sono Chiara Conti, la responsabile commerciale."
                        ),
                        "hint": (
                            "Di' il tuo nome, il tuo ruolo e la tua azienda: «Piacere, sono Giulia Bianchi e mi occupo "
                            "dei nuovi progetti alla Tecnoval.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "apresentar",
                            "a empresa",
                            "o cargo",
                            "o departamento",
                            "o colega",
                            "o cartão de visita",
                            "trabalhar",
                        ],
                        "phrases": [
                            "Bom dia, chamo-me Ana Silva.",
                            "Sou responsável pelos novos projetos na Tecnosul.",
                            "Apresento-lhe o meu colega Paulo, do departamento comercial.",
                            "Muito prazer.",
                            "E qual é o seu cargo?",
                        ],
                        "opening": (
                            "Bom dia e bem-vindos aos nossos escritórios! Sou a Marta Costa, diretora comercial."
                        ),
                        "hint": (
                            "Diga o seu nome, o seu cargo e a sua empresa: «Muito prazer, sou a Ana Silva, responsável "
                            "pelos novos projetos na Tecnosul.»"
                        ),
                    },
                },
            },
            {
                "name": "Small talk",
                "goal": "Make light conversation about the journey, the city or the weather.",
                "objectives": [
                    "Answer a question about your journey",
                    "Say something about the city or the weather",
                    "Ask a friendly question back",
                ],
                "success_criteria": "The learner has answered and asked at least one small-talk question.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el viaje",
                            "el vuelo",
                            "el tiempo",
                            "la ciudad",
                            "el hotel",
                            "cómodo",
                            "llegar",
                        ],
                        "phrases": [
                            "El viaje ha ido muy bien, gracias.",
                            "Llegamos anoche.",
                            "La ciudad es muy bonita.",
                            "Hoy hace muy buen tiempo.",
                            "¿Usted vive aquí desde hace mucho?",
                        ],
                        "opening": "¿Qué tal el viaje? ¿Han llegado bien?",
                        "hint": (
                            "Contesta y haz una pregunta: «Muy bien, gracias. El hotel es muy cómodo. ¿Usted es de "
                            "aquí?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": ["le voyage", "le vol", "la météo", "la ville", "l'hôtel", "agréable", "arriver"],
                        "phrases": [
                            "Le voyage s'est très bien passé, merci.",
                            "Nous sommes arrivés hier soir.",
                            "La ville est très belle.",
                            "Il fait très beau aujourd'hui.",
                            "Vous habitez ici depuis longtemps ?",
                        ],
                        "opening": "Vous avez fait bon voyage ? Vous êtes bien arrivés ?",
                        "hint": (
                            "Répondez et posez une question : « Très bien, merci. L'hôtel est très agréable. Vous êtes "
                            "d'ici ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Reise",
                            "der Flug",
                            "das Wetter",
                            "die Stadt",
                            "das Hotel",
                            "angenehm",
                            "ankommen",
                        ],
                        "phrases": [
                            "Die Reise war sehr angenehm, danke.",
                            "Wir sind gestern Abend angekommen.",
                            "Die Stadt ist sehr schön.",
                            "Heute ist wirklich schönes Wetter.",
                            "Wohnen Sie schon lange hier?",
                        ],
                        "opening": "Hatten Sie eine gute Reise? Sind Sie gut angekommen?",
                        "hint": (
                            "Antworten Sie und stellen Sie eine Gegenfrage: „Sehr gut, danke. Das Hotel ist sehr "
                            "angenehm. Kommen Sie von hier?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il viaggio",
                            "il volo",
                            "il tempo",
                            "la città",
                            "l'albergo",
                            "comodo",
                            "arrivare",
                        ],
                        "phrases": [
                            "Il viaggio è andato benissimo, grazie.",
                            "Siamo arrivati ieri sera.",
                            "La città è molto bella.",
                            "Oggi fa proprio bel tempo.",
                            "Lei abita qui da molto tempo?",
                        ],
                        "opening": "Avete fatto buon viaggio? Tutto bene con l'albergo?",
                        "hint": (
                            "Rispondi e fai una domanda: «Benissimo, grazie. L'albergo è molto comodo. Lei è di qui?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": ["a viagem", "o voo", "o tempo", "a cidade", "o hotel", "confortável", "chegar"],
                        "phrases": [
                            "A viagem correu muito bem, obrigado.",
                            "Chegámos ontem à noite.",
                            "A cidade é muito bonita.",
                            "Hoje está um tempo ótimo.",
                            "Vive aqui há muito tempo?",
                        ],
                        "opening": "Fizeram boa viagem? Correu tudo bem com o hotel?",
                        "hint": (
                            "Responda e faça uma pergunta: «Muito bem, obrigado. O hotel é muito confortável. É de cá?»"
                        ),
                    },
                },
            },
            {
                "name": "Agenda",
                "goal": "Go through the points of the meeting and say what matters to your company.",
                "objectives": [
                    "Agree on the topics of the meeting",
                    "Say what your company wants",
                    "Ask a question about a date, a price or a plan",
                ],
                "success_criteria": (
                    "The learner has named at least two points for the meeting and asked one question about the "
                    "project."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la reunión",
                            "el orden del día",
                            "el punto",
                            "el proyecto",
                            "el plazo",
                            "el presupuesto",
                            "hablar",
                        ],
                        "phrases": [
                            "Primero, quisiera hablar del proyecto.",
                            "Para nosotros, el plazo es muy importante.",
                            "¿Cuándo pueden empezar?",
                            "¿Podemos hablar del presupuesto?",
                            "Estoy de acuerdo.",
                        ],
                        "opening": "Bueno, ¿empezamos? Tenemos tres puntos en el orden del día.",
                        "hint": (
                            "Di qué es importante para ti: «Para nosotros, lo más importante es el plazo de entrega.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la réunion",
                            "l'ordre du jour",
                            "le point",
                            "le projet",
                            "le délai",
                            "le budget",
                            "parler",
                        ],
                        "phrases": [
                            "D'abord, j'aimerais parler du projet.",
                            "Pour nous, le délai est très important.",
                            "Quand est-ce que vous pouvez commencer ?",
                            "On peut parler du budget ?",
                            "Je suis d'accord.",
                        ],
                        "opening": "Bon, on commence ? Nous avons trois points à l'ordre du jour.",
                        "hint": (
                            "Dites ce qui est important pour vous : « Pour nous, le plus important, c'est le délai de "
                            "livraison. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Besprechung",
                            "die Tagesordnung",
                            "der Punkt",
                            "das Projekt",
                            "der Termin",
                            "das Budget",
                            "besprechen",
                        ],
                        "phrases": [
                            "Zuerst möchte ich über das Projekt sprechen.",
                            "Für uns ist der Termin sehr wichtig.",
                            "Wann können Sie anfangen?",
                            "Können wir über das Budget sprechen?",
                            "Da bin ich einverstanden.",
                        ],
                        "opening": "Also, wollen wir anfangen? Wir haben drei Punkte auf der Tagesordnung.",
                        "hint": "Sagen Sie, was Ihnen wichtig ist: „Für uns ist der Liefertermin am wichtigsten.“",
                    },
                    "it": {
                        "vocabulary": [
                            "la riunione",
                            "l'ordine del giorno",
                            "il punto",
                            "il progetto",
                            "la scadenza",
                            "il budget",
                            "discutere",
                        ],
                        "phrases": [
                            "Prima di tutto vorrei parlare del progetto.",
                            "Per noi la scadenza è molto importante.",
                            "Quando potete cominciare?",
                            "Possiamo parlare del budget?",
                            "Sono d'accordo.",
                        ],
                        "opening": "Allora, cominciamo? Abbiamo tre punti all'ordine del giorno.",
                        "hint": (
                            "Di' che cosa è importante per te: «Per noi la cosa più importante è la data di consegna.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a reunião",
                            "a ordem de trabalhos",
                            "o ponto",
                            "o projeto",
                            "o prazo",
                            "o orçamento",
                            "discutir",
                        ],
                        "phrases": [
                            "Primeiro, gostava de falar do projeto.",
                            "Para nós, o prazo é muito importante.",
                            "Quando é que podem começar?",
                            "Podemos falar do orçamento?",
                            "Estou de acordo.",
                        ],
                        "opening": "Então, vamos começar? Temos três pontos na ordem de trabalhos.",
                        "hint": "Diga o que é importante para si: «Para nós, o mais importante é o prazo de entrega.»",
                    },
                },
            },
            {
                "name": "Closing",
                "goal": "End the meeting politely and agree on the next steps.",
                "objectives": [
                    "Sum up what you agreed",
                    "Agree on a next meeting or an e-mail",
                    "Thank your hosts and say goodbye",
                ],
                "success_criteria": "The learner has agreed on a next step, thanked the host and said goodbye.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el próximo paso",
                            "el correo electrónico",
                            "la propuesta",
                            "enviar",
                            "agradecer",
                            "la próxima reunión",
                        ],
                        "phrases": [
                            "Entonces, le envío la propuesta el lunes.",
                            "¿Nos vemos otra vez el mes que viene?",
                            "Muchas gracias por su tiempo.",
                            "Ha sido un placer.",
                            "Hasta pronto.",
                        ],
                        "opening": "Bueno, creo que hemos hablado de todo. ¿Cuáles son los próximos pasos?",
                        "hint": (
                            "Resume y da las gracias: «Entonces, le envío la propuesta el lunes. Muchas gracias por "
                            "todo.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la prochaine étape",
                            "le courriel",
                            "la proposition",
                            "envoyer",
                            "remercier",
                            "le prochain rendez-vous",
                        ],
                        "phrases": [
                            "Alors, je vous envoie la proposition lundi.",
                            "On se revoit le mois prochain ?",
                            "Merci beaucoup pour votre temps.",
                            "C'était un plaisir.",
                            "À bientôt.",
                        ],
                        "opening": "Bien, je crois que nous avons fait le tour. Quelles sont les prochaines étapes ?",
                        "hint": (
                            "Résumez et remerciez : « Alors, je vous envoie la proposition lundi. Merci beaucoup pour "
                            "tout. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Schritt",
                            "die E-Mail",
                            "das Angebot",
                            "schicken",
                            "sich bedanken",
                            "das Treffen",
                        ],
                        "phrases": [
                            "Ich schicke Ihnen das Angebot dann am Montag.",
                            "Sehen wir uns nächsten Monat wieder?",
                            "Vielen Dank für Ihre Zeit.",
                            "Es war mir eine Freude.",
                            "Bis bald und auf Wiedersehen.",
                        ],
                        "opening": "Gut, ich glaube, wir haben alles besprochen. Was sind die nächsten Schritte?",
                        "hint": (
                            "Fassen Sie zusammen und bedanken Sie sich: „Ich schicke Ihnen also am Montag das Angebot. "
                            "Vielen Dank für alles.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il prossimo passo",
                            "l'e-mail",
                            "la proposta",
                            "mandare",
                            "ringraziare",
                            "il prossimo incontro",
                        ],
                        "phrases": [
                            "Allora le mando la proposta lunedì.",
                            "Ci rivediamo il mese prossimo?",
                            "Grazie mille per il suo tempo.",
                            "È stato un piacere.",
                            "A presto.",
                        ],
                        "opening": "Bene, direi che abbiamo parlato di tutto. Quali sono i prossimi passi?",
                        "hint": "Riassumi e ringrazia: «Allora le mando la proposta lunedì. Grazie mille di tutto.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o próximo passo",
                            "o e-mail",
                            "a proposta",
                            "enviar",
                            "agradecer",
                            "a próxima reunião",
                        ],
                        "phrases": [
                            "Então, envio-lhe a proposta na segunda-feira.",
                            "Voltamos a encontrar-nos no próximo mês?",
                            "Muito obrigado pelo seu tempo.",
                            "Foi um prazer.",
                            "Até breve.",
                        ],
                        "opening": "Bem, acho que já falámos de tudo. Quais são os próximos passos?",
                        "hint": (
                            "Resuma e agradeça: «Então, envio-lhe a proposta na segunda-feira. Muito obrigado por "
                            "tudo.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "job-interview",
        "title": "Job interview",
        "category": "business",
        "level_min": "B1",
        "level_max": "B2",
        "minutes": 20,
        "learner_role": "A candidate interviewing for a position as marketing coordinator at a mid-sized company.",
        "tutor_role": "The hiring manager, who leads the interview and answers your questions at the end.",
        "setting": (
            "A bright meeting room at the company's head office on a weekday morning. You have applied for the role of "
            "marketing coordinator, and this is the first round of interviews, which lasts about half an hour."
        ),
        "cultural_notes": (
            "Punctuality matters: arriving five to ten minutes early is expected. In many European countries "
            "interviews stay fairly formal, with the polite form of address unless the interviewer suggests otherwise. "
            "Questions about age, family plans or religion are generally not allowed, and you may politely decline to "
            "answer them. Asking thoughtful questions at the end shows real interest in the job."
        ),
        "learning_goals": [
            "Talk about your career and achievements in the past tenses",
            "Answer behavioural questions with a clear example",
            "Ask informed questions about the role and the company",
        ],
        "phases": [
            {
                "name": "Icebreaker",
                "goal": "Make a good first impression with polite small talk and a short introduction.",
                "objectives": [
                    "Greet the interviewer and thank them for the invitation",
                    "Answer a warm-up question",
                    "Give a short summary of who you are",
                ],
                "success_criteria": (
                    "The learner has greeted the interviewer, answered a warm-up question and introduced themselves "
                    "briefly."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la entrevista",
                            "el puesto",
                            "la candidatura",
                            "presentarse",
                            "la empresa",
                            "agradecer",
                            "el perfil",
                        ],
                        "phrases": [
                            "Muchas gracias por invitarme a esta entrevista.",
                            "He encontrado la oficina sin problema.",
                            "Me llamo Laura y trabajo en marketing desde hace cinco años.",
                            "Me interesa mucho este puesto.",
                            "Es un placer estar aquí.",
                        ],
                        "opening": "Buenos días, siéntese, por favor. ¿Ha encontrado bien la oficina?",
                        "hint": (
                            "Da las gracias y preséntate en una frase: «Muchas gracias por la invitación. Trabajo en "
                            "marketing desde hace cinco años.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'entretien",
                            "le poste",
                            "la candidature",
                            "se présenter",
                            "l'entreprise",
                            "remercier",
                            "le parcours",
                        ],
                        "phrases": [
                            "Merci beaucoup pour cette invitation.",
                            "J'ai trouvé vos bureaux sans problème.",
                            "Je m'appelle Julie et je travaille dans le marketing depuis cinq ans.",
                            "Ce poste m'intéresse beaucoup.",
                            "C'est un plaisir d'être ici.",
                        ],
                        "opening": "Bonjour, asseyez-vous, je vous en prie. Vous avez trouvé facilement nos bureaux ?",
                        "hint": (
                            "Remerciez et présentez-vous en une phrase : « Merci pour l'invitation. Je travaille dans "
                            "le marketing depuis cinq ans. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Vorstellungsgespräch",
                            "die Stelle",
                            "die Bewerbung",
                            "sich vorstellen",
                            "das Unternehmen",
                            "sich bedanken",
                            "der Werdegang",
                        ],
                        "phrases": [
                            "Vielen Dank für die Einladung zum Gespräch.",
                            "Ich habe Sie problemlos gefunden.",
                            "Mein Name ist Julia Schmidt, und ich arbeite seit fünf Jahren im Marketing.",
                            "Die Stelle interessiert mich sehr.",
                            "Ich freue mich, hier zu sein.",
                        ],
                        "opening": "Guten Morgen, nehmen Sie doch bitte Platz. Haben Sie gut zu uns gefunden?",
                        "hint": (
                            "Bedanken Sie sich und stellen Sie sich kurz vor: „Vielen Dank für die Einladung. Ich "
                            "arbeite seit fünf Jahren im Marketing.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il colloquio",
                            "la posizione",
                            "la candidatura",
                            "presentarsi",
                            "l'azienda",
                            "ringraziare",
                            "il percorso",
                        ],
                        "phrases": [
                            "Grazie per l'invito a questo colloquio.",
                            "Ho trovato l'ufficio senza problemi.",
                            "Mi chiamo Giulia e lavoro nel marketing da cinque anni.",
                            "Questa posizione mi interessa molto.",
                            "È un piacere essere qui.",
                        ],
                        "opening": "Buongiorno, si accomodi pure. Ha trovato facilmente i nostri uffici?",
                        "hint": (
                            "Ringrazia e presentati in una frase: «Grazie per l'invito. Lavoro nel marketing da cinque "
                            "anni.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a entrevista",
                            "a vaga",
                            "a candidatura",
                            "apresentar-se",
                            "a empresa",
                            "agradecer",
                            "o percurso",
                        ],
                        "phrases": [
                            "Muito obrigado pelo convite para esta entrevista.",
                            "Encontrei o escritório sem problemas.",
                            "Chamo-me Ana e trabalho em marketing há cinco anos.",
                            "Esta vaga interessa-me muito.",
                            "É um prazer estar aqui.",
                        ],
                        "opening": "Bom dia, sente-se, por favor. Foi fácil encontrar o nosso escritório?",
                        "hint": (
                            "Agradeça e apresente-se numa frase: «Obrigado pelo convite. Trabalho em marketing há "
                            "cinco anos.»"
                        ),
                    },
                },
            },
            {
                "name": "Experience",
                "goal": "Describe your previous jobs, responsibilities and main achievements.",
                "objectives": [
                    "Describe your current or last job",
                    "Explain a responsibility you had",
                    "Mention an achievement with a result",
                ],
                "success_criteria": (
                    "The learner has described at least one past job, a responsibility and a concrete achievement."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la experiencia",
                            "el cargo",
                            "la responsabilidad",
                            "encargarse de",
                            "el logro",
                            "el equipo",
                            "dirigir",
                        ],
                        "phrases": [
                            "En mi trabajo actual me encargo de las redes sociales.",
                            "Antes trabajé tres años en una agencia de publicidad.",
                            "Dirigí un equipo de cuatro personas.",
                            "Gracias a esa campaña, las ventas subieron un veinte por ciento.",
                            "Lo que más me gustó fue trabajar con clientes internacionales.",
                        ],
                        "opening": "Cuénteme un poco sobre su experiencia. ¿Qué hace en su trabajo actual?",
                        "hint": (
                            "Da un ejemplo con un resultado: «Dirigí una campaña y las ventas subieron un veinte por "
                            "ciento.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'expérience",
                            "le poste",
                            "la responsabilité",
                            "s'occuper de",
                            "la réussite",
                            "l'équipe",
                            "gérer",
                        ],
                        "phrases": [
                            "Dans mon poste actuel, je m'occupe des réseaux sociaux.",
                            "Avant, j'ai travaillé trois ans dans une agence de publicité.",
                            "J'ai géré une équipe de quatre personnes.",
                            "Grâce à cette campagne, les ventes ont augmenté de vingt pour cent.",
                            "Ce que j'ai préféré, c'était travailler avec des clients internationaux.",
                        ],
                        "opening": "Parlez-moi un peu de votre parcours. Que faites-vous dans votre poste actuel ?",
                        "hint": (
                            "Donnez un exemple avec un résultat : « J'ai géré une campagne et les ventes ont augmenté "
                            "de vingt pour cent. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Berufserfahrung",
                            "die Aufgabe",
                            "die Verantwortung",
                            "zuständig sein",
                            "der Erfolg",
                            "das Team",
                            "leiten",
                        ],
                        "phrases": [
                            "In meiner jetzigen Stelle bin ich für die sozialen Medien zuständig.",
                            "Vorher habe ich drei Jahre in einer Werbeagentur gearbeitet.",
                            "Ich habe ein Team von vier Personen geleitet.",
                            "Dank dieser Kampagne ist der Umsatz um zwanzig Prozent gestiegen.",
                            "Am meisten hat mir die Arbeit mit internationalen Kunden gefallen.",
                        ],
                        "opening": (
                            "Erzählen Sie mir doch etwas über Ihren beruflichen Werdegang. Was machen Sie in Ihrer "
                            "jetzigen Stelle?"
                        ),
                        "hint": (
                            "Nennen Sie ein Beispiel mit Ergebnis: „Ich habe eine Kampagne geleitet, und der Umsatz "
                            "ist um zwanzig Prozent gestiegen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'esperienza",
                            "la mansione",
                            "la responsabilità",
                            "occuparsi di",
                            "il risultato",
                            "la squadra",
                            "gestire",
                        ],
                        "phrases": [
                            "Nel mio lavoro attuale mi occupo dei social media.",
                            "Prima ho lavorato tre anni in un'agenzia pubblicitaria.",
                            "Ho gestito un gruppo di quattro persone.",
                            "Grazie a quella campagna le vendite sono aumentate del venti per cento.",
                            "La cosa che mi è piaciuta di più è stata lavorare con clienti internazionali.",
                        ],
                        "opening": (
                            "Mi parli un po' della sua esperienza. Di che cosa si occupa nel suo lavoro attuale?"
                        ),
                        "hint": (
                            "Fai un esempio con un risultato: «Ho gestito una campagna e le vendite sono aumentate del "
                            "venti per cento.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a experiência",
                            "a função",
                            "a responsabilidade",
                            "ser responsável por",
                            "o resultado",
                            "a equipa",
                            "gerir",
                        ],
                        "phrases": [
                            "No meu trabalho atual, sou responsável pelas redes sociais.",
                            "Antes, trabalhei três anos numa agência de publicidade.",
                            "Geri uma equipa de quatro pessoas.",
                            "Graças a essa campanha, as vendas aumentaram vinte por cento.",
                            "O que mais gostei foi de trabalhar com clientes internacionais.",
                        ],
                        "opening": "Fale-me um pouco da sua experiência. O que faz no seu trabalho atual?",
                        "hint": (
                            "Dê um exemplo com um resultado: «Geri uma campanha e as vendas aumentaram vinte por "
                            "cento.»"
                        ),
                    },
                },
            },
            {
                "name": "Competency questions",
                "goal": "Answer questions about how you handled real situations, with a clear example.",
                "objectives": [
                    "Describe a difficult situation you faced",
                    "Explain what you did and why",
                    "Say what the result was and what you learned",
                ],
                "success_criteria": (
                    "The learner has answered a behavioural question with a situation, an action and a result."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el problema",
                            "resolver",
                            "el plazo",
                            "el conflicto",
                            "la solución",
                            "aprender",
                            "la presión",
                        ],
                        "phrases": [
                            "Una vez tuvimos un problema con un cliente importante.",
                            "Lo primero que hice fue hablar con todo el equipo.",
                            "Al final conseguimos terminar el proyecto a tiempo.",
                            "De aquella experiencia aprendí a organizarme mejor.",
                            "Trabajo bien bajo presión.",
                        ],
                        "opening": "Hábleme de una situación difícil en el trabajo. ¿Cómo la resolvió?",
                        "hint": (
                            "Cuenta la situación, lo que hiciste y el resultado: «Teníamos muy poco tiempo, así que "
                            "repartí las tareas y terminamos a tiempo.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le problème",
                            "résoudre",
                            "le délai",
                            "le conflit",
                            "la solution",
                            "apprendre",
                            "la pression",
                        ],
                        "phrases": [
                            "Une fois, nous avons eu un problème avec un client important.",
                            "J'ai d'abord parlé avec toute l'équipe.",
                            "Finalement, nous avons réussi à finir le projet à temps.",
                            "Cette expérience m'a appris à mieux m'organiser.",
                            "Je travaille bien sous pression.",
                        ],
                        "opening": "Parlez-moi d'une situation difficile au travail. Comment l'avez-vous gérée ?",
                        "hint": (
                            "Racontez la situation, ce que vous avez fait et le résultat : « Nous avions très peu de "
                            "temps, alors j'ai réparti les tâches et nous avons fini à temps. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Problem",
                            "lösen",
                            "die Frist",
                            "der Konflikt",
                            "die Lösung",
                            "lernen",
                            "der Druck",
                        ],
                        "phrases": [
                            "Einmal hatten wir ein Problem mit einem wichtigen Kunden.",
                            "Zuerst habe ich mit dem ganzen Team gesprochen.",
                            "Am Ende haben wir das Projekt rechtzeitig abgeschlossen.",
                            "Aus dieser Erfahrung habe ich gelernt, mich besser zu organisieren.",
                            "Ich kann gut unter Druck arbeiten.",
                        ],
                        "opening": (
                            "Erzählen Sie mir von einer schwierigen Situation bei der Arbeit. Wie sind Sie damit "
                            "umgegangen?"
                        ),
                        "hint": (
                            "Beschreiben Sie Situation, Handlung und Ergebnis: „Wir hatten sehr wenig Zeit, also habe "
                            "ich die Aufgaben verteilt, und wir waren rechtzeitig fertig.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il problema",
                            "risolvere",
                            "la scadenza",
                            "il conflitto",
                            "la soluzione",
                            "imparare",
                            "la pressione",
                        ],
                        "phrases": [
                            "Una volta abbiamo avuto un problema con un cliente importante.",
                            "Per prima cosa ho parlato con tutto il gruppo.",
                            "Alla fine siamo riusciti a finire il progetto in tempo.",
                            "Da quell'esperienza ho imparato a organizzarmi meglio.",
                            "Lavoro bene sotto pressione.",
                        ],
                        "opening": "Mi racconti una situazione difficile sul lavoro. Come l'ha gestita?",
                        "hint": (
                            "Racconta la situazione, che cosa hai fatto e il risultato: «Avevamo pochissimo tempo, "
                            "così ho diviso i compiti e abbiamo finito in tempo.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o problema",
                            "resolver",
                            "o prazo",
                            "o conflito",
                            "a solução",
                            "aprender",
                            "a pressão",
                        ],
                        "phrases": [
                            "Uma vez tivemos um problema com um cliente importante.",
                            "A primeira coisa que fiz foi falar com toda a equipa.",
                            "No fim, conseguimos acabar o projeto a tempo.",
                            "Com essa experiência aprendi a organizar-me melhor.",
                            "Trabalho bem sob pressão.",
                        ],
                        "opening": "Fale-me de uma situação difícil no trabalho. Como é que a resolveu?",
                        "hint": (
                            "Conte a situação, o que fez e o resultado: «Tínhamos muito pouco tempo, por isso dividi "
                            "as tarefas e acabámos a tempo.»"
                        ),
                    },
                },
            },
            {
                "name": "Your questions",
                "goal": "Ask the interviewer your own questions about the role, the team and the next steps.",
                "objectives": [
                    "Ask about the team or a typical day",
                    "Ask about training or development",
                    "Ask about the next steps in the process",
                ],
                "success_criteria": (
                    "The learner has asked at least two relevant questions and closed the interview politely."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la formación",
                            "el equipo",
                            "el proceso de selección",
                            "el día a día",
                            "incorporarse",
                            "las condiciones",
                        ],
                        "phrases": [
                            "¿Cómo es un día normal en este puesto?",
                            "¿Con cuántas personas trabajaría?",
                            "¿Ofrecen formación a los nuevos empleados?",
                            "¿Cuáles son los próximos pasos del proceso?",
                            "¿Cuándo tendría que incorporarme?",
                        ],
                        "opening": "Bueno, eso es todo por mi parte. ¿Tiene alguna pregunta para nosotros?",
                        "hint": (
                            "Haz una pregunta sobre el puesto: «¿Podría contarme cómo es un día normal en el equipo?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la formation",
                            "l'équipe",
                            "le recrutement",
                            "le quotidien",
                            "commencer",
                            "les conditions",
                        ],
                        "phrases": [
                            "Comment se passe une journée type dans ce poste ?",
                            "Avec combien de personnes est-ce que je travaillerais ?",
                            "Est-ce que vous proposez des formations aux nouveaux employés ?",
                            "Quelles sont les prochaines étapes du recrutement ?",
                            "À partir de quand le poste est-il à pourvoir ?",
                        ],
                        "opening": "Bien, c'est tout pour moi. Avez-vous des questions à nous poser ?",
                        "hint": (
                            "Posez une question sur le poste : « Pourriez-vous me décrire une journée type dans "
                            "l'équipe ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Weiterbildung",
                            "das Team",
                            "das Auswahlverfahren",
                            "der Arbeitsalltag",
                            "anfangen",
                            "die Einarbeitung",
                        ],
                        "phrases": [
                            "Wie sieht ein typischer Arbeitstag in dieser Position aus?",
                            "Mit wie vielen Kollegen würde ich zusammenarbeiten?",
                            "Bieten Sie Weiterbildungen für neue Mitarbeiter an?",
                            "Wie geht es im Auswahlverfahren weiter?",
                            "Ab wann wäre die Stelle zu besetzen?",
                        ],
                        "opening": "Gut, das war es von meiner Seite. Haben Sie noch Fragen an uns?",
                        "hint": (
                            "Stellen Sie eine Frage zur Stelle: „Könnten Sie mir einen typischen Arbeitstag im Team "
                            "beschreiben?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la formazione",
                            "il gruppo di lavoro",
                            "la selezione",
                            "la giornata tipo",
                            "iniziare",
                            "le condizioni",
                        ],
                        "phrases": [
                            "Com'è una giornata tipo in questa posizione?",
                            "Con quante persone lavorerei?",
                            "Offrite corsi di formazione ai nuovi dipendenti?",
                            "Quali sono i prossimi passi della selezione?",
                            "Da quando sarebbe disponibile la posizione?",
                        ],
                        "opening": "Bene, da parte mia è tutto. Ha qualche domanda per noi?",
                        "hint": (
                            "Fai una domanda sulla posizione: «Potrebbe descrivermi una giornata tipo nel gruppo di "
                            "lavoro?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a formação",
                            "a equipa",
                            "o processo de seleção",
                            "o dia a dia",
                            "começar",
                            "as condições",
                        ],
                        "phrases": [
                            "Como é um dia normal nesta função?",
                            "Com quantas pessoas iria trabalhar?",
                            "Oferecem formação aos novos colaboradores?",
                            "Quais são os próximos passos do processo?",
                            "Para quando está prevista a entrada em funções?",
                        ],
                        "opening": "Bem, da minha parte é tudo. Tem alguma pergunta para nós?",
                        "hint": "Faça uma pergunta sobre a função: «Pode descrever-me como é um dia normal na equipa?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "making-friends-at-a-party",
        "title": "Making friends at a party",
        "category": "social",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 12,
        "learner_role": (
            "A newcomer to the city who has been invited to a birthday party and knows almost nobody there."
        ),
        "tutor_role": "A friendly guest at the party who is happy to chat.",
        "setting": (
            "A relaxed birthday party in a flat, with music, snacks and about twenty guests. You are standing near the "
            "kitchen with a drink when another guest starts talking to you."
        ),
        "cultural_notes": (
            "At informal parties people of a similar age use the familiar form of address straight away. Greetings "
            "vary: a handshake, a hug or one or two kisses on the cheek are all common, so follow the other person's "
            "lead. Asking how someone knows the host is an easy, natural way to start a conversation."
        ),
        "learning_goals": [
            "Start a conversation and introduce yourself informally",
            "Talk about your hobbies and find something in common",
            "Suggest meeting again and exchange contact details",
        ],
        "phases": [
            {
                "name": "Break the ice",
                "goal": "Start a conversation with a stranger and introduce yourself.",
                "objectives": [
                    "Say hello and give your name",
                    "Ask how the other person knows the host",
                    "Say something about yourself",
                ],
                "success_criteria": (
                    "The learner has introduced themselves and asked at least one question about the other guest."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la fiesta",
                            "el cumpleaños",
                            "conocer",
                            "el amigo",
                            "la música",
                            "llamarse",
                            "nuevo",
                        ],
                        "phrases": [
                            "¡Hola! Me llamo Alex, ¿y tú?",
                            "¿De qué conoces a Marta?",
                            "Conozco a Marta del trabajo.",
                            "Acabo de llegar a la ciudad.",
                            "¡Qué buena fiesta!",
                        ],
                        "opening": "¡Hola! No nos conocemos, ¿verdad? Yo soy Dani.",
                        "hint": (
                            "Preséntate y haz una pregunta: «¡Hola, Dani! Yo me llamo Alex. ¿De qué conoces a Marta?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la fête",
                            "l'anniversaire",
                            "connaître",
                            "l'ami",
                            "la musique",
                            "s'appeler",
                            "nouveau",
                        ],
                        "phrases": [
                            "Salut ! Moi, c'est Alex. Et toi ?",
                            "Tu connais Marie comment ?",
                            "Je connais Marie du travail.",
                            "Je viens d'arriver en ville.",
                            "Elle est super, cette fête !",
                        ],
                        "opening": "Salut ! On ne se connaît pas, je crois. Moi, c'est Léa.",
                        "hint": (
                            "Présentez-vous et posez une question : « Salut Léa ! Moi, c'est Alex. Tu connais Marie "
                            "comment ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Party",
                            "der Geburtstag",
                            "kennen",
                            "der Freund",
                            "die Musik",
                            "heißen",
                            "neu",
                        ],
                        "phrases": [
                            "Hallo! Ich bin Alex. Und du?",
                            "Woher kennst du Anna?",
                            "Ich kenne Anna von der Arbeit.",
                            "Ich bin neu in der Stadt.",
                            "Coole Party, oder?",
                        ],
                        "opening": "Hi! Wir kennen uns noch nicht, oder? Ich bin Lena.",
                        "hint": (
                            "Stellen Sie sich vor und fragen Sie etwas: „Hallo Lena, ich bin Alex. Woher kennst du "
                            "Anna?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la festa",
                            "il compleanno",
                            "conoscere",
                            "l'amico",
                            "la musica",
                            "chiamarsi",
                            "nuovo",
                        ],
                        "phrases": [
                            "Ciao! Io sono Alex, e tu?",
                            "Come conosci Marta?",
                            "Conosco Marta perché lavoriamo insieme.",
                            "Vivo in città da poco.",
                            "Bella festa, vero?",
                        ],
                        "opening": "Ciao! Non ci conosciamo, vero? Io sono Luca.",
                        "hint": "Presentati e fai una domanda: «Ciao Luca, io sono Alex. Come conosci Marta?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a festa",
                            "o aniversário",
                            "conhecer",
                            "o amigo",
                            "a música",
                            "chamar-se",
                            "novo",
                        ],
                        "phrases": [
                            "Olá! Eu sou o Alex, e tu?",
                            "De onde é que conheces a Marta?",
                            "Conheço a Marta do trabalho.",
                            "Mudei-me para cá há pouco tempo.",
                            "A festa está ótima, não está?",
                        ],
                        "opening": "Olá! Acho que ainda não nos conhecemos. Eu sou a Rita.",
                        "hint": (
                            "Apresente-se e faça uma pergunta: «Olá, Rita! Eu sou o Alex. De onde é que conheces a "
                            "Marta?»"
                        ),
                    },
                },
            },
            {
                "name": "Shared interests",
                "goal": "Talk about your hobbies and find something you have in common.",
                "objectives": [
                    "Say what you like doing in your free time",
                    "Ask about the other person's hobbies",
                    "React to an answer and say if you like it too",
                ],
                "success_criteria": (
                    "The learner has named a hobby, asked about the other person's and found one shared interest."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el tiempo libre",
                            "gustar",
                            "el cine",
                            "el deporte",
                            "viajar",
                            "leer",
                            "también",
                        ],
                        "phrases": [
                            "¿Qué te gusta hacer en tu tiempo libre?",
                            "Me encanta el cine.",
                            "Juego al fútbol los fines de semana.",
                            "¡A mí también!",
                            "¿Qué tipo de música te gusta?",
                        ],
                        "opening": "¿Y qué haces cuando no trabajas? ¿Tienes algún hobby?",
                        "hint": "Di qué te gusta y pregunta: «Me encanta viajar. ¿Y a ti qué te gusta hacer?»",
                    },
                    "fr": {
                        "vocabulary": ["le temps libre", "aimer", "le cinéma", "le sport", "voyager", "lire", "aussi"],
                        "phrases": [
                            "Qu'est-ce que tu aimes faire pendant ton temps libre ?",
                            "J'adore le cinéma.",
                            "Je joue au foot le week-end.",
                            "Moi aussi !",
                            "Tu écoutes quel genre de musique ?",
                        ],
                        "opening": "Et quand tu ne travailles pas, qu'est-ce que tu fais ? Tu as des loisirs ?",
                        "hint": (
                            "Dites ce que vous aimez et posez la question : « J'adore voyager. Et toi, qu'est-ce que "
                            "tu aimes faire ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": ["die Freizeit", "das Hobby", "das Kino", "der Sport", "reisen", "lesen", "auch"],
                        "phrases": [
                            "Was machst du gern in deiner Freizeit?",
                            "Ich gehe total gern ins Kino.",
                            "Am Wochenende spiele ich Fußball.",
                            "Ich auch!",
                            "Was für Musik hörst du gern?",
                        ],
                        "opening": "Und was machst du so, wenn du nicht arbeitest? Hast du Hobbys?",
                        "hint": (
                            "Sagen Sie, was Sie gern machen, und fragen Sie zurück: „Ich reise sehr gern. Und was "
                            "machst du gern?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il tempo libero",
                            "piacere",
                            "il cinema",
                            "lo sport",
                            "viaggiare",
                            "leggere",
                            "anche",
                        ],
                        "phrases": [
                            "Che cosa ti piace fare nel tempo libero?",
                            "Adoro il cinema.",
                            "Il fine settimana gioco a calcio.",
                            "Anche a me!",
                            "Che genere di musica ascolti?",
                        ],
                        "opening": "E quando non lavori, che cosa fai? Hai qualche hobby?",
                        "hint": (
                            "Di' che cosa ti piace e chiedi: «Mi piace tantissimo viaggiare. E a te che cosa piace "
                            "fare?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "os tempos livres",
                            "gostar",
                            "o cinema",
                            "o desporto",
                            "viajar",
                            "ler",
                            "também",
                        ],
                        "phrases": [
                            "O que gostas de fazer nos tempos livres?",
                            "Adoro cinema.",
                            "Jogo futebol ao fim de semana.",
                            "Eu também!",
                            "Que tipo de música ouves?",
                        ],
                        "opening": "E quando não estás a trabalhar, o que fazes? Tens algum passatempo?",
                        "hint": "Diga do que gosta e pergunte: «Adoro viajar. E tu, o que gostas de fazer?»",
                    },
                },
            },
            {
                "name": "Make plans",
                "goal": "Suggest doing something together and agree on a day and time.",
                "objectives": ["Suggest an activity", "Agree on a day and time", "Agree on a place to meet"],
                "success_criteria": "The learner has suggested an activity and agreed on when and where to meet.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "quedar",
                            "el fin de semana",
                            "el sábado",
                            "el concierto",
                            "la película",
                            "tomar algo",
                            "apetecer",
                        ],
                        "phrases": [
                            "¿Quieres ir al cine el sábado?",
                            "¿Te apetece tomar algo un día?",
                            "¿Quedamos a las siete?",
                            "¿Dónde quedamos?",
                            "¡Genial, me parece perfecto!",
                        ],
                        "opening": (
                            "¡Qué bien que te guste el cine! Este fin de semana estrenan una película muy buena."
                        ),
                        "hint": "Propón un plan: «¿Quieres ir al cine conmigo el sábado por la tarde?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "se retrouver",
                            "le week-end",
                            "samedi",
                            "le concert",
                            "le film",
                            "prendre un verre",
                            "avoir envie",
                        ],
                        "phrases": [
                            "Tu veux aller au cinéma samedi ?",
                            "Ça te dit de prendre un verre un de ces jours ?",
                            "On se retrouve à sept heures ?",
                            "On se donne rendez-vous où ?",
                            "Super, ça me va !",
                        ],
                        "opening": "Ah, tu aimes le cinéma aussi ! Il y a un très bon film qui sort ce week-end.",
                        "hint": "Proposez une sortie : « Tu veux aller au cinéma avec moi samedi après-midi ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "sich treffen",
                            "das Wochenende",
                            "der Samstag",
                            "das Konzert",
                            "der Film",
                            "etwas trinken gehen",
                            "Lust haben",
                        ],
                        "phrases": [
                            "Hast du Lust, am Samstag ins Kino zu gehen?",
                            "Wollen wir mal etwas trinken gehen?",
                            "Treffen wir uns um sieben?",
                            "Wo treffen wir uns?",
                            "Super, das passt mir gut!",
                        ],
                        "opening": "Ach, du gehst auch gern ins Kino! Am Wochenende läuft ein richtig guter Film.",
                        "hint": (
                            "Schlagen Sie etwas vor: „Hast du Lust, am Samstagnachmittag mit mir ins Kino zu gehen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "vedersi",
                            "il fine settimana",
                            "il sabato",
                            "il concerto",
                            "il film",
                            "bere qualcosa",
                            "avere voglia",
                        ],
                        "phrases": [
                            "Ti va di andare al cinema sabato?",
                            "Andiamo a bere qualcosa uno di questi giorni?",
                            "Ci vediamo alle sette?",
                            "Dove ci vediamo?",
                            "Perfetto, per me va benissimo!",
                        ],
                        "opening": "Ah, anche a te piace il cinema! Questo fine settimana esce un film bellissimo.",
                        "hint": "Proponi un programma: «Ti va di andare al cinema con me sabato pomeriggio?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "combinar",
                            "o fim de semana",
                            "o sábado",
                            "o concerto",
                            "o filme",
                            "tomar um copo",
                            "apetecer",
                        ],
                        "phrases": [
                            "Queres ir ao cinema no sábado?",
                            "Apetece-te tomar um café um dia destes?",
                            "Encontramo-nos às sete?",
                            "Onde é que nos encontramos?",
                            "Boa, parece-me ótimo!",
                        ],
                        "opening": "Também gostas de cinema! Este fim de semana estreia um filme muito bom.",
                        "hint": "Proponha um plano: «Queres ir ao cinema comigo no sábado à tarde?»",
                    },
                },
            },
            {
                "name": "Swap contacts",
                "goal": "Exchange phone numbers or social media and say goodbye.",
                "objectives": [
                    "Ask for the other person's number or profile",
                    "Give your own contact details",
                    "Say goodbye in a friendly way",
                ],
                "success_criteria": "The learner has asked for and given a contact and said goodbye.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el número",
                            "el móvil",
                            "el mensaje",
                            "escribir",
                            "las redes sociales",
                            "despedirse",
                        ],
                        "phrases": [
                            "¿Me das tu número?",
                            "Te mando un mensaje mañana.",
                            "¿Estás en alguna red social?",
                            "Apunta mi número.",
                            "¡Ha sido un placer conocerte!",
                            "¡Hasta el sábado!",
                        ],
                        "opening": "Bueno, me tengo que ir ya. ¡Me ha encantado hablar contigo!",
                        "hint": "Pide su número: «¿Me das tu número? Así te escribo para lo del sábado.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le numéro",
                            "le portable",
                            "le message",
                            "écrire",
                            "les réseaux sociaux",
                            "se dire au revoir",
                        ],
                        "phrases": [
                            "Tu me donnes ton numéro ?",
                            "Je t'envoie un message demain.",
                            "Tu es sur les réseaux sociaux ?",
                            "Note mon numéro.",
                            "C'était sympa de te rencontrer !",
                            "À samedi !",
                        ],
                        "opening": "Bon, je vais devoir y aller. J'ai vraiment aimé parler avec toi !",
                        "hint": "Demandez son numéro : « Tu me donnes ton numéro ? Comme ça, je t'écris pour samedi. »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Nummer",
                            "das Handy",
                            "die Nachricht",
                            "schreiben",
                            "der Kontakt",
                            "sich verabschieden",
                        ],
                        "phrases": [
                            "Gibst du mir deine Nummer?",
                            "Ich schreibe dir morgen eine Nachricht.",
                            "Bist du in den sozialen Medien?",
                            "Schreib dir meine Nummer auf.",
                            "Es war echt schön, dich kennenzulernen!",
                            "Bis Samstag!",
                        ],
                        "opening": "So, ich muss leider los. Es war echt nett, mit dir zu reden!",
                        "hint": (
                            "Fragen Sie nach der Nummer: „Gibst du mir deine Nummer? Dann schreibe ich dir wegen "
                            "Samstag.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il numero",
                            "il cellulare",
                            "il messaggio",
                            "scrivere",
                            "i social",
                            "salutarsi",
                        ],
                        "phrases": [
                            "Mi dai il tuo numero?",
                            "Ti mando un messaggio domani.",
                            "Sei sui social?",
                            "Segnati il mio numero.",
                            "È stato un piacere conoscerti!",
                            "A sabato!",
                        ],
                        "opening": "Bene, adesso devo proprio andare. Mi ha fatto molto piacere parlare con te!",
                        "hint": "Chiedi il numero: «Mi dai il tuo numero? Così ti scrivo per sabato.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o número",
                            "o telemóvel",
                            "a mensagem",
                            "escrever",
                            "as redes sociais",
                            "despedir-se",
                        ],
                        "phrases": [
                            "Dás-me o teu número?",
                            "Amanhã mando-te uma mensagem.",
                            "Estás nas redes sociais?",
                            "Aponta o meu número.",
                            "Foi um prazer conhecer-te!",
                            "Até sábado!",
                        ],
                        "opening": "Bem, tenho de ir andando. Adorei falar contigo!",
                        "hint": "Peça o número: «Dás-me o teu número? Assim escrevo-te por causa de sábado.»",
                    },
                },
            },
        ],
    },
    {
        "slug": "a-cultural-festival-with-a-local-guide",
        "title": "A cultural festival with a local guide",
        "category": "social",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 18,
        "learner_role": "A visitor spending a day at a traditional local festival with a guide.",
        "tutor_role": "A local guide who knows the festival well and enjoys explaining its traditions.",
        "setting": (
            "A town's annual summer festival, with decorated streets, food stalls, music and a procession in the "
            "evening. You have joined a small guided walk that starts in the main square."
        ),
        "cultural_notes": (
            "Many local festivals go back centuries and mix religious, historical and seasonal traditions. Locals are "
            "usually proud of their festival and happy to explain it, but it is respectful to ask before photographing "
            "people in costume or during a procession. Festivals often go on late into the night, and the busiest "
            "moment may come after dark."
        ),
        "learning_goals": [
            "Ask about the history and meaning of a tradition",
            "Describe food and activities and compare them with your own culture",
            "Give your impressions and opinions about past events",
        ],
        "phases": [
            {
                "name": "Overview",
                "goal": "Find out what the festival celebrates and what happens during the day.",
                "objectives": [
                    "Ask what the festival celebrates",
                    "Ask how old the tradition is",
                    "Ask about the programme for the day",
                ],
                "success_criteria": (
                    "The learner has asked about the origin of the festival and understood the main events of the day."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la fiesta",
                            "la tradición",
                            "celebrar",
                            "el desfile",
                            "el programa",
                            "el siglo",
                            "la procesión",
                        ],
                        "phrases": [
                            "¿Qué se celebra exactamente en esta fiesta?",
                            "¿Desde cuándo existe esta tradición?",
                            "¿Qué hay en el programa de hoy?",
                            "¿A qué hora empieza el desfile?",
                            "Nunca había visto algo así.",
                        ],
                        "opening": (
                            "¡Bienvenido a la fiesta! Es la celebración más importante del año aquí. ¿Conoce un poco "
                            "su historia?"
                        ),
                        "hint": "Pregunta por el origen: «¿Qué se celebra en esta fiesta y desde cuándo existe?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la fête",
                            "la tradition",
                            "célébrer",
                            "le défilé",
                            "le programme",
                            "le siècle",
                            "la procession",
                        ],
                        "phrases": [
                            "Qu'est-ce qu'on célèbre exactement pendant cette fête ?",
                            "Depuis quand cette tradition existe-t-elle ?",
                            "Qu'est-ce qu'il y a au programme aujourd'hui ?",
                            "Le défilé commence à quelle heure ?",
                            "Je n'avais jamais rien vu de pareil.",
                        ],
                        "opening": (
                            "Bienvenue à la fête ! C'est le grand événement de l'année ici. Vous connaissez un peu son "
                            "histoire ?"
                        ),
                        "hint": (
                            "Demandez l'origine de la fête : « Qu'est-ce qu'on célèbre, et depuis quand cette fête "
                            "existe-t-elle ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Fest",
                            "die Tradition",
                            "feiern",
                            "der Umzug",
                            "das Programm",
                            "das Jahrhundert",
                            "die Prozession",
                        ],
                        "phrases": [
                            "Was genau wird bei diesem Fest gefeiert?",
                            "Seit wann gibt es diese Tradition?",
                            "Was steht heute auf dem Programm?",
                            "Wann beginnt der Umzug?",
                            "So etwas habe ich noch nie gesehen.",
                        ],
                        "opening": (
                            "Willkommen beim Fest! Das ist hier das wichtigste Ereignis des Jahres. Wissen Sie schon "
                            "etwas über seine Geschichte?"
                        ),
                        "hint": (
                            "Fragen Sie nach dem Ursprung: „Was wird bei diesem Fest gefeiert, und seit wann gibt es "
                            "das?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la festa",
                            "la tradizione",
                            "festeggiare",
                            "la sfilata",
                            "il programma",
                            "il secolo",
                            "la processione",
                        ],
                        "phrases": [
                            "Che cosa si festeggia esattamente in questa festa?",
                            "Da quanto tempo esiste questa tradizione?",
                            "Che cosa c'è in programma oggi?",
                            "A che ora comincia la sfilata?",
                            "Non avevo mai visto niente del genere.",
                        ],
                        "opening": (
                            "Benvenuti alla festa! È l'evento più importante dell'anno. Ne conosce già un po' la "
                            "storia?"
                        ),
                        "hint": (
                            "Chiedi l'origine della festa: «Che cosa si festeggia e da quanto tempo esiste questa "
                            "festa?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a festa",
                            "a tradição",
                            "celebrar",
                            "o desfile",
                            "o programa",
                            "o século",
                            "a procissão",
                        ],
                        "phrases": [
                            "O que é que se celebra exatamente nesta festa?",
                            "Desde quando existe esta tradição?",
                            "O que há no programa de hoje?",
                            "A que horas começa o desfile?",
                            "Nunca tinha visto nada assim.",
                        ],
                        "opening": (
                            "Bem-vindos à festa! É o acontecimento mais importante do ano cá na terra. Já conhece um "
                            "pouco da história?"
                        ),
                        "hint": "Pergunte pela origem: «O que é que se celebra nesta festa e desde quando existe?»",
                    },
                },
            },
            {
                "name": "Food",
                "goal": "Learn about the typical festival food, ask what is in it and try something.",
                "objectives": [
                    "Ask what a dish is made of",
                    "Say whether you like it and why",
                    "Compare it with food from your own country",
                ],
                "success_criteria": (
                    "The learner has asked about at least one dish, given an opinion and made a comparison."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el puesto",
                            "el plato típico",
                            "probar",
                            "el ingrediente",
                            "dulce",
                            "picante",
                            "la receta",
                        ],
                        "phrases": [
                            "¿De qué está hecho este plato?",
                            "¿Lo puedo probar?",
                            "Está riquísimo, pero un poco picante.",
                            "En mi país comemos algo parecido.",
                            "¿Solo se prepara durante la fiesta?",
                        ],
                        "opening": (
                            "Y ahora, lo mejor: la comida. Este dulce solo se hace durante la fiesta. ¿Quiere probarlo?"
                        ),
                        "hint": (
                            "Pregunta por los ingredientes y da tu opinión: «¿Qué lleva? Está buenísimo, es más dulce "
                            "que los pasteles de mi país.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le stand",
                            "le plat typique",
                            "goûter",
                            "l'ingrédient",
                            "sucré",
                            "épicé",
                            "la recette",
                        ],
                        "phrases": [
                            "C'est fait avec quoi, ce plat ?",
                            "Je peux goûter ?",
                            "C'est délicieux, mais un peu épicé.",
                            "Chez moi, on mange quelque chose de semblable.",
                            "On le prépare seulement pendant la fête ?",
                        ],
                        "opening": (
                            "Et maintenant, le meilleur : la cuisine ! Ce gâteau, on ne le fait que pendant la fête. "
                            "Vous voulez goûter ?"
                        ),
                        "hint": (
                            "Demandez les ingrédients et donnez votre avis : « Il y a quoi dedans ? C'est délicieux, "
                            "plus sucré que les gâteaux de chez moi. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Stand",
                            "die Spezialität",
                            "probieren",
                            "die Zutat",
                            "süß",
                            "scharf",
                            "das Rezept",
                        ],
                        "phrases": [
                            "Woraus wird dieses Gericht gemacht?",
                            "Darf ich mal probieren?",
                            "Das schmeckt super, ist aber ein bisschen scharf.",
                            "Bei uns isst man etwas Ähnliches.",
                            "Gibt es das nur während des Festes?",
                        ],
                        "opening": (
                            "Und jetzt das Beste: das Essen! Diesen Kuchen gibt es nur während des Festes. Möchten Sie "
                            "mal probieren?"
                        ),
                        "hint": (
                            "Fragen Sie nach den Zutaten und sagen Sie Ihre Meinung: „Was ist da drin? Der ist lecker, "
                            "süßer als die Kuchen bei uns.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la bancarella",
                            "il piatto tipico",
                            "assaggiare",
                            "l'ingrediente",
                            "dolce",
                            "piccante",
                            "la ricetta",
                        ],
                        "phrases": [
                            "Con che cosa è fatto questo piatto?",
                            "Posso assaggiare?",
                            "È buonissimo, ma un po' piccante.",
                            "Nel mio paese mangiamo qualcosa di simile.",
                            "Si prepara solo durante la festa?",
                        ],
                        "opening": (
                            "E adesso il meglio: il cibo! Questo dolce si fa solo durante la festa. Vuole assaggiarlo?"
                        ),
                        "hint": (
                            "Chiedi gli ingredienti e di' la tua opinione: «Che cosa c'è dentro? È buonissimo, più "
                            "dolce dei dolci del mio paese.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a barraca",
                            "o prato típico",
                            "provar",
                            "o ingrediente",
                            "doce",
                            "picante",
                            "a receita",
                        ],
                        "phrases": [
                            "De que é feito este prato?",
                            "Posso provar?",
                            "Está delicioso, mas um pouco picante.",
                            "No meu país comemos uma coisa parecida.",
                            "Só se faz durante a festa?",
                        ],
                        "opening": "E agora, o melhor: a comida! Este doce só se faz durante a festa. Quer provar?",
                        "hint": (
                            "Pergunte pelos ingredientes e dê a sua opinião: «O que é que leva? Está ótimo, é mais "
                            "doce do que os bolos do meu país.»"
                        ),
                    },
                },
            },
            {
                "name": "Activities",
                "goal": "Find out about the music, dances and events and decide what to join.",
                "objectives": [
                    "Ask about an event or activity",
                    "Ask whether visitors can take part",
                    "Say which activity you would like to see or do and why",
                ],
                "success_criteria": "The learner has asked about at least two activities and chosen one with a reason.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el baile",
                            "el concierto",
                            "el disfraz",
                            "participar",
                            "los fuegos artificiales",
                            "la plaza",
                            "el ambiente",
                        ],
                        "phrases": [
                            "¿Los visitantes también pueden participar?",
                            "¿Qué significan estos disfraces?",
                            "Me gustaría ver los fuegos artificiales.",
                            "¿Dónde es el concierto de esta noche?",
                            "¡Qué ambiente tan bueno!",
                        ],
                        "opening": (
                            "Por la tarde hay baile en la plaza y, por la noche, fuegos artificiales. ¿Qué le apetece "
                            "hacer?"
                        ),
                        "hint": (
                            "Elige una actividad y explica por qué: «Me gustaría ver el baile, porque nunca he visto "
                            "un baile tradicional.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la danse",
                            "le concert",
                            "le costume",
                            "participer",
                            "le feu d'artifice",
                            "la place",
                            "l'ambiance",
                        ],
                        "phrases": [
                            "Est-ce que les visiteurs peuvent participer aussi ?",
                            "Qu'est-ce que ces costumes représentent ?",
                            "J'aimerais bien voir le feu d'artifice.",
                            "Où a lieu le concert ce soir ?",
                            "Quelle ambiance incroyable !",
                        ],
                        "opening": (
                            "Cet après-midi, il y a des danses sur la place, et ce soir, un feu d'artifice. Qu'est-ce "
                            "qui vous tente ?"
                        ),
                        "hint": (
                            "Choisissez une activité et expliquez pourquoi : « J'aimerais voir les danses, parce que "
                            "je n'ai jamais vu de danse traditionnelle. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Tanz",
                            "das Konzert",
                            "das Kostüm",
                            "mitmachen",
                            "das Feuerwerk",
                            "der Marktplatz",
                            "die Stimmung",
                        ],
                        "phrases": [
                            "Dürfen Besucher auch mitmachen?",
                            "Was bedeuten diese Kostüme?",
                            "Das Feuerwerk würde ich gern sehen.",
                            "Wo findet heute Abend das Konzert statt?",
                            "Was für eine tolle Stimmung!",
                        ],
                        "opening": (
                            "Heute Nachmittag wird auf dem Marktplatz getanzt, und heute Abend gibt es ein Feuerwerk. "
                            "Worauf haben Sie Lust?"
                        ),
                        "hint": (
                            "Wählen Sie etwas aus und begründen Sie es: „Ich würde gern die Tänze sehen, weil ich noch "
                            "nie einen traditionellen Tanz gesehen habe.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il ballo",
                            "il concerto",
                            "il costume",
                            "partecipare",
                            "i fuochi d'artificio",
                            "la piazza",
                            "l'atmosfera",
                        ],
                        "phrases": [
                            "Anche i visitatori possono partecipare?",
                            "Che cosa rappresentano questi costumi?",
                            "Mi piacerebbe vedere i fuochi d'artificio.",
                            "Dove si tiene il concerto stasera?",
                            "Che bella atmosfera!",
                        ],
                        "opening": (
                            "Nel pomeriggio ci sono i balli in piazza e stasera i fuochi d'artificio. Che cosa le "
                            "piacerebbe fare?"
                        ),
                        "hint": (
                            "Scegli un'attività e spiega perché: «Vorrei vedere i balli, perché non ho mai visto un "
                            "ballo tradizionale.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a dança",
                            "o concerto",
                            "o traje",
                            "participar",
                            "o fogo de artifício",
                            "a praça",
                            "o ambiente",
                        ],
                        "phrases": [
                            "Os visitantes também podem participar?",
                            "O que é que estes trajes representam?",
                            "Gostava muito de ver o fogo de artifício.",
                            "Onde é o concerto de hoje à noite?",
                            "Que ambiente tão bom!",
                        ],
                        "opening": (
                            "À tarde há danças na praça e, à noite, fogo de artifício. O que é que lhe apetece fazer?"
                        ),
                        "hint": (
                            "Escolha uma atividade e explique porquê: «Gostava de ver as danças, porque nunca vi uma "
                            "dança tradicional.»"
                        ),
                    },
                },
            },
            {
                "name": "Reflection",
                "goal": "Talk about your impressions of the day and compare the festival with traditions you know.",
                "objectives": [
                    "Say what you liked most and why",
                    "Compare the festival with a celebration from your country",
                    "Thank the guide",
                ],
                "success_criteria": (
                    "The learner has described a favourite moment, made a comparison and thanked the guide."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la experiencia",
                            "impresionar",
                            "el recuerdo",
                            "comparar",
                            "parecido",
                            "diferente",
                            "recomendar",
                        ],
                        "phrases": [
                            "Lo que más me ha gustado ha sido el desfile.",
                            "Me ha impresionado mucho la música.",
                            "En mi país tenemos una fiesta parecida, pero más pequeña.",
                            "Se la recomendaría a todos mis amigos.",
                            "Muchas gracias por la visita, ha sido genial.",
                        ],
                        "opening": "Bueno, el día se acaba. ¿Qué le ha parecido la fiesta?",
                        "hint": (
                            "Di qué te ha gustado y compara: «Lo que más me ha gustado ha sido la música. En mi país "
                            "las fiestas son más tranquilas.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'expérience",
                            "impressionner",
                            "le souvenir",
                            "comparer",
                            "semblable",
                            "différent",
                            "recommander",
                        ],
                        "phrases": [
                            "Ce qui m'a le plus plu, c'est le défilé.",
                            "J'ai adoré la musique.",
                            "Chez moi, il y a une fête semblable, mais plus petite.",
                            "Je la recommanderais à tous mes amis.",
                            "Merci beaucoup pour la visite, c'était génial.",
                        ],
                        "opening": "Voilà, la journée se termine. Qu'est-ce que vous avez pensé de la fête ?",
                        "hint": (
                            "Dites ce qui vous a plu et comparez : « Ce qui m'a le plus plu, c'est la musique. Chez "
                            "moi, les fêtes sont plus calmes. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Eindruck",
                            "beeindrucken",
                            "die Erinnerung",
                            "vergleichen",
                            "ähnlich",
                            "anders",
                            "empfehlen",
                        ],
                        "phrases": [
                            "Am besten hat mir der Umzug gefallen.",
                            "Die Musik hat mich sehr beeindruckt.",
                            "Bei uns gibt es ein ähnliches Fest, aber es ist kleiner.",
                            "Ich würde es allen meinen Freunden empfehlen.",
                            "Vielen Dank für die Führung, es war toll.",
                        ],
                        "opening": "So, der Tag geht zu Ende. Wie hat Ihnen das Fest gefallen?",
                        "hint": (
                            "Sagen Sie, was Ihnen gefallen hat, und vergleichen Sie: „Am besten hat mir die Musik "
                            "gefallen. Bei uns sind die Feste ruhiger.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'esperienza",
                            "colpire",
                            "il ricordo",
                            "paragonare",
                            "simile",
                            "diverso",
                            "consigliare",
                        ],
                        "phrases": [
                            "La cosa che mi è piaciuta di più è stata la sfilata.",
                            "Mi ha colpito molto la musica.",
                            "Nel mio paese c'è una festa simile, ma più piccola.",
                            "La consiglierei a tutti i miei amici.",
                            "Grazie mille per la visita, è stata fantastica.",
                        ],
                        "opening": "Ecco, la giornata è finita. Che cosa ne pensa della festa?",
                        "hint": (
                            "Di' che cosa ti è piaciuto e fai un confronto: «Mi è piaciuta soprattutto la musica. Nel "
                            "mio paese le feste sono più tranquille.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a experiência",
                            "impressionar",
                            "a recordação",
                            "comparar",
                            "parecido",
                            "diferente",
                            "recomendar",
                        ],
                        "phrases": [
                            "O que mais gostei foi do desfile.",
                            "A música impressionou-me muito.",
                            "No meu país há uma festa parecida, mas mais pequena.",
                            "Recomendava-a a todos os meus amigos.",
                            "Muito obrigado pela visita, foi fantástica.",
                        ],
                        "opening": "Bem, o dia está a acabar. O que achou da festa?",
                        "hint": (
                            "Diga do que gostou e compare: «O que mais gostei foi da música. No meu país, as festas "
                            "são mais calmas.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "seeing-a-doctor",
        "title": "Seeing a doctor",
        "category": "healthcare",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 20,
        "learner_role": "A patient who has felt unwell for a few days and sees a general practitioner.",
        "tutor_role": "The family doctor, who asks about your symptoms, examines you and explains the treatment.",
        "setting": (
            "A general practitioner's surgery on a weekday morning. You have had a sore throat, a temperature and a "
            "cough for three days and have booked an appointment."
        ),
        "cultural_notes": (
            "In most European countries you see a general practitioner first, who refers you to a specialist if "
            "needed. Bring your health insurance card and a list of any medicines you take. Doctors usually use the "
            "polite form of address and expect clear, honest answers about symptoms, habits and allergies. Many "
            "medicines need a prescription, which you then take to a pharmacy."
        ),
        "learning_goals": [
            "Describe symptoms, how long they have lasted and how strong they are",
            "Understand and follow instructions during an examination",
            "Understand a diagnosis and a treatment and ask questions about them",
        ],
        "phases": [
            {
                "name": "Symptoms",
                "goal": "Explain what is wrong, since when and how bad it is.",
                "objectives": [
                    "Describe your main symptoms",
                    "Say how long you have had them",
                    "Mention allergies or medicines you take",
                ],
                "success_criteria": (
                    "The learner has described at least two symptoms, their duration and any allergies or medicines."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el síntoma",
                            "doler",
                            "la fiebre",
                            "la tos",
                            "la garganta",
                            "la alergia",
                            "el medicamento",
                            "sentirse",
                        ],
                        "phrases": [
                            "Me duele mucho la garganta.",
                            "Tengo fiebre desde hace tres días.",
                            "Tengo tos, sobre todo por la noche.",
                            "Tengo alergia a la penicilina.",
                            "Ahora mismo no tomo ningún medicamento.",
                        ],
                        "opening": "Buenos días, siéntese. Dígame, ¿qué le pasa?",
                        "hint": (
                            "Explica qué te pasa y desde cuándo: «Me duele la garganta y tengo fiebre desde hace tres "
                            "días.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le symptôme",
                            "avoir mal",
                            "la fièvre",
                            "la toux",
                            "la gorge",
                            "l'allergie",
                            "le médicament",
                            "se sentir",
                        ],
                        "phrases": [
                            "J'ai très mal à la gorge.",
                            "J'ai de la fièvre depuis trois jours.",
                            "Je tousse, surtout la nuit.",
                            "Je suis allergique à la pénicilline.",
                            "En ce moment, je ne prends aucun médicament.",
                        ],
                        "opening": "Bonjour, asseyez-vous. Qu'est-ce qui vous amène ?",
                        "hint": (
                            "Expliquez ce qui ne va pas et depuis quand : « J'ai mal à la gorge et j'ai de la fièvre "
                            "depuis trois jours. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Symptom",
                            "wehtun",
                            "das Fieber",
                            "der Husten",
                            "der Hals",
                            "die Allergie",
                            "das Medikament",
                            "sich fühlen",
                        ],
                        "phrases": [
                            "Mein Hals tut sehr weh.",
                            "Ich habe seit drei Tagen Fieber.",
                            "Ich huste viel, vor allem nachts.",
                            "Ich bin allergisch gegen Penizillin.",
                            "Zurzeit nehme ich keine Medikamente.",
                        ],
                        "opening": "Guten Morgen, nehmen Sie Platz. Was fehlt Ihnen denn?",
                        "hint": (
                            "Sagen Sie, was Ihnen fehlt und seit wann: „Ich habe Halsschmerzen und seit drei Tagen "
                            "Fieber.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il sintomo",
                            "fare male",
                            "la febbre",
                            "la tosse",
                            "la gola",
                            "l'allergia",
                            "il farmaco",
                            "sentirsi",
                        ],
                        "phrases": [
                            "Mi fa molto male la gola.",
                            "Ho la febbre da tre giorni.",
                            "Ho la tosse, soprattutto di notte.",
                            "Ho un'allergia alla penicillina.",
                            "Al momento non prendo nessun farmaco.",
                        ],
                        "opening": "Buongiorno, si accomodi. Mi dica, che disturbi ha?",
                        "hint": "Spiega che cosa hai e da quando: «Mi fa male la gola e ho la febbre da tre giorni.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o sintoma",
                            "doer",
                            "a febre",
                            "a tosse",
                            "a garganta",
                            "a alergia",
                            "o medicamento",
                            "sentir-se",
                        ],
                        "phrases": [
                            "Dói-me muito a garganta.",
                            "Tenho febre há três dias.",
                            "Tenho tosse, sobretudo à noite.",
                            "Tenho alergia à penicilina.",
                            "Neste momento não tomo nenhum medicamento.",
                        ],
                        "opening": "Bom dia, sente-se. Então, diga-me: o que é que se passa?",
                        "hint": "Explique o que tem e desde quando: «Dói-me a garganta e tenho febre há três dias.»",
                    },
                },
            },
            {
                "name": "Examination",
                "goal": "Follow the doctor's instructions during the examination and answer questions.",
                "objectives": [
                    "Understand and follow instructions",
                    "Say where it hurts and how much",
                    "Answer questions about your general health",
                ],
                "success_criteria": (
                    "The learner has followed at least two instructions and said where and how much it hurts."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la exploración",
                            "respirar",
                            "la tensión",
                            "el pecho",
                            "tumbarse",
                            "la boca",
                            "abrir",
                        ],
                        "phrases": [
                            "¿Tengo que quitarme la camisa?",
                            "Me duele aquí, cuando trago.",
                            "El dolor es bastante fuerte.",
                            "No, no fumo.",
                            "¿Respiro hondo así?",
                        ],
                        "opening": "Vamos a ver. Abra la boca y diga «a», por favor.",
                        "hint": "Di dónde te duele: «Me duele aquí, sobre todo cuando trago.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'examen",
                            "respirer",
                            "la tension",
                            "la poitrine",
                            "s'allonger",
                            "la bouche",
                            "ouvrir",
                        ],
                        "phrases": [
                            "Je dois enlever ma chemise ?",
                            "J'ai mal ici, quand j'avale.",
                            "La douleur est assez forte.",
                            "Non, je ne fume pas.",
                            "Je respire profondément, comme ça ?",
                        ],
                        "opening": "Bien, on va regarder ça. Ouvrez la bouche et dites « a », s'il vous plaît.",
                        "hint": "Dites où vous avez mal : « J'ai mal ici, surtout quand j'avale. »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Untersuchung",
                            "atmen",
                            "der Blutdruck",
                            "die Brust",
                            "sich hinlegen",
                            "der Mund",
                            "öffnen",
                        ],
                        "phrases": [
                            "Soll ich das Hemd ausziehen?",
                            "Hier tut es weh, wenn ich schlucke.",
                            "Die Schmerzen sind ziemlich stark.",
                            "Nein, ich rauche nicht.",
                            "Soll ich tief einatmen?",
                        ],
                        "opening": "Dann schauen wir mal. Machen Sie bitte den Mund auf und sagen Sie „Aah“.",
                        "hint": "Sagen Sie, wo es wehtut: „Hier tut es weh, vor allem wenn ich schlucke.“",
                    },
                    "it": {
                        "vocabulary": [
                            "la visita",
                            "respirare",
                            "la pressione",
                            "il petto",
                            "sdraiarsi",
                            "la bocca",
                            "aprire",
                        ],
                        "phrases": [
                            "Devo togliere la camicia?",
                            "Mi fa male qui, quando deglutisco.",
                            "Il dolore è piuttosto forte.",
                            "No, non fumo.",
                            "Respiro profondamente così?",
                        ],
                        "opening": "Vediamo un po'. Apra la bocca e dica «a», per favore.",
                        "hint": "Di' dove ti fa male: «Mi fa male qui, soprattutto quando deglutisco.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o exame",
                            "respirar",
                            "a tensão arterial",
                            "o peito",
                            "deitar-se",
                            "a boca",
                            "abrir",
                        ],
                        "phrases": [
                            "Tenho de tirar a camisa?",
                            "Dói-me aqui quando engulo.",
                            "A dor é bastante forte.",
                            "Não, não fumo.",
                            "Respiro fundo assim?",
                        ],
                        "opening": "Vamos lá ver. Abra a boca e diga «ah», por favor.",
                        "hint": "Diga onde lhe dói: «Dói-me aqui, sobretudo quando engulo.»",
                    },
                },
            },
            {
                "name": "Diagnosis",
                "goal": "Understand what the doctor thinks you have and ask questions about it.",
                "objectives": [
                    "Understand the diagnosis",
                    "Ask whether it is serious or contagious",
                    "Ask how long it will take to get better",
                ],
                "success_criteria": (
                    "The learner has confirmed the diagnosis in their own words and asked at least two questions about "
                    "it."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el diagnóstico",
                            "la infección",
                            "grave",
                            "contagioso",
                            "el análisis",
                            "la gripe",
                            "curarse",
                        ],
                        "phrases": [
                            "¿Es algo grave?",
                            "¿Es contagioso?",
                            "¿Cuánto tiempo voy a tardar en curarme?",
                            "¿Necesito hacerme un análisis?",
                            "¿Puedo ir a trabajar mañana?",
                        ],
                        "opening": "Bueno, parece una infección de garganta. No es grave, pero hay que tratarla.",
                        "hint": (
                            "Pregunta si es grave y cuánto dura: «¿Es contagioso? ¿Cuánto tiempo voy a tardar en "
                            "curarme?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le diagnostic",
                            "l'infection",
                            "grave",
                            "contagieux",
                            "la prise de sang",
                            "la grippe",
                            "guérir",
                        ],
                        "phrases": [
                            "C'est grave ?",
                            "Est-ce que c'est contagieux ?",
                            "Il me faudra combien de temps pour guérir ?",
                            "Est-ce que je dois faire une prise de sang ?",
                            "Je peux aller travailler demain ?",
                        ],
                        "opening": "Bon, c'est une angine. Ce n'est pas grave, mais il faut la soigner.",
                        "hint": (
                            "Demandez si c'est grave et combien de temps ça dure : « C'est contagieux ? Il me faudra "
                            "combien de temps pour guérir ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Diagnose",
                            "die Entzündung",
                            "schlimm",
                            "ansteckend",
                            "die Blutuntersuchung",
                            "die Grippe",
                            "gesund werden",
                        ],
                        "phrases": [
                            "Ist es etwas Schlimmes?",
                            "Ist das ansteckend?",
                            "Wie lange dauert es, bis ich wieder gesund bin?",
                            "Muss ich eine Blutuntersuchung machen lassen?",
                            "Kann ich morgen arbeiten gehen?",
                        ],
                        "opening": (
                            "Also, Sie haben eine Mandelentzündung. Das ist nicht schlimm, muss aber behandelt werden."
                        ),
                        "hint": (
                            "Fragen Sie, ob es schlimm ist und wie lange es dauert: „Ist das ansteckend? Wie lange "
                            "dauert es, bis ich wieder gesund bin?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la diagnosi",
                            "l'infezione",
                            "grave",
                            "contagioso",
                            "le analisi del sangue",
                            "l'influenza",
                            "guarire",
                        ],
                        "phrases": [
                            "È una cosa grave?",
                            "È contagioso?",
                            "Quanto tempo ci vorrà per guarire?",
                            "Devo fare le analisi del sangue?",
                            "Domani posso andare a lavorare?",
                        ],
                        "opening": "Allora, è un'infezione alla gola. Non è grave, ma bisogna curarla.",
                        "hint": "Chiedi se è grave e quanto dura: «È contagioso? Quanto tempo ci vorrà per guarire?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o diagnóstico",
                            "a infeção",
                            "grave",
                            "contagioso",
                            "as análises",
                            "a gripe",
                            "curar-se",
                        ],
                        "phrases": [
                            "É alguma coisa grave?",
                            "É contagioso?",
                            "Quanto tempo vou demorar a ficar bom?",
                            "Preciso de fazer análises?",
                            "Posso ir trabalhar amanhã?",
                        ],
                        "opening": "Bem, é uma infeção na garganta. Não é grave, mas tem de ser tratada.",
                        "hint": (
                            "Pergunte se é grave e quanto tempo dura: «É contagioso? Quanto tempo vou demorar a ficar "
                            "bom?»"
                        ),
                    },
                },
            },
            {
                "name": "Treatment",
                "goal": "Understand the treatment, how to take the medicine and when to come back.",
                "objectives": [
                    "Understand how and when to take the medicine",
                    "Ask about side effects or what to avoid",
                    "Ask about a sick note or a follow-up appointment",
                ],
                "success_criteria": (
                    "The learner has repeated the dose, asked one question about the medicine and agreed on the next "
                    "steps."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la receta",
                            "el antibiótico",
                            "la pastilla",
                            "tomar",
                            "el efecto secundario",
                            "la baja",
                            "el reposo",
                        ],
                        "phrases": [
                            "¿Cuántas veces al día tengo que tomarlo?",
                            "¿Antes o después de comer?",
                            "¿Tiene efectos secundarios?",
                            "¿Me puede dar la baja para el trabajo?",
                            "¿Tengo que volver a la consulta?",
                        ],
                        "opening": "Le voy a recetar un antibiótico. Tómelo tres veces al día durante una semana.",
                        "hint": (
                            "Confirma cómo se toma: «Entonces, una pastilla tres veces al día, después de comer, "
                            "¿verdad?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'ordonnance",
                            "l'antibiotique",
                            "le comprimé",
                            "prendre",
                            "l'effet secondaire",
                            "l'arrêt de travail",
                            "le repos",
                        ],
                        "phrases": [
                            "Je dois le prendre combien de fois par jour ?",
                            "Avant ou après les repas ?",
                            "Est-ce qu'il y a des effets secondaires ?",
                            "Vous pouvez me faire un arrêt de travail ?",
                            "Je dois revenir vous voir ?",
                        ],
                        "opening": (
                            "Je vais vous prescrire un antibiotique. Prenez-le trois fois par jour pendant une semaine."
                        ),
                        "hint": (
                            "Vérifiez comment le prendre : « Donc, un comprimé trois fois par jour, après les repas, "
                            "c'est bien ça ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Rezept",
                            "das Antibiotikum",
                            "die Tablette",
                            "einnehmen",
                            "die Nebenwirkung",
                            "die Krankschreibung",
                            "die Ruhe",
                        ],
                        "phrases": [
                            "Wie oft am Tag muss ich das nehmen?",
                            "Vor oder nach dem Essen?",
                            "Hat das Nebenwirkungen?",
                            "Können Sie mich krankschreiben?",
                            "Muss ich noch einmal wiederkommen?",
                        ],
                        "opening": (
                            "Ich verschreibe Ihnen ein Antibiotikum. Nehmen Sie es eine Woche lang dreimal täglich."
                        ),
                        "hint": (
                            "Fragen Sie nach, wie Sie es nehmen sollen: „Also dreimal am Tag eine Tablette nach dem "
                            "Essen, richtig?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la ricetta",
                            "l'antibiotico",
                            "la compressa",
                            "prendere",
                            "l'effetto collaterale",
                            "il certificato medico",
                            "il riposo",
                        ],
                        "phrases": [
                            "Quante volte al giorno lo devo prendere?",
                            "Prima o dopo i pasti?",
                            "Ha effetti collaterali?",
                            "Mi può fare il certificato per il lavoro?",
                            "Devo tornare per un controllo?",
                        ],
                        "opening": "Le prescrivo un antibiotico. Lo prenda tre volte al giorno per una settimana.",
                        "hint": (
                            "Controlla come prenderlo: «Quindi una compressa tre volte al giorno, dopo i pasti, "
                            "giusto?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a receita",
                            "o antibiótico",
                            "o comprimido",
                            "tomar",
                            "o efeito secundário",
                            "a baixa médica",
                            "o repouso",
                        ],
                        "phrases": [
                            "Quantas vezes por dia tenho de tomar?",
                            "Antes ou depois das refeições?",
                            "Tem efeitos secundários?",
                            "Pode passar-me uma baixa para o trabalho?",
                            "Tenho de voltar à consulta?",
                        ],
                        "opening": "Vou receitar-lhe um antibiótico. Tome-o três vezes por dia durante uma semana.",
                        "hint": (
                            "Confirme como se toma: «Então é um comprimido três vezes por dia, depois das refeições, "
                            "certo?»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "calling-emergency-services",
        "title": "Calling emergency services",
        "category": "emergency",
        "level_min": "B2",
        "level_max": "B2",
        "minutes": 10,
        "learner_role": "A passer-by who sees a cyclist being hit by a car and calls the emergency number.",
        "tutor_role": (
            "The emergency call operator, who asks precise questions and gives first-aid instructions until the "
            "ambulance arrives."
        ),
        "setting": (
            "A quiet street on a weekday evening. A cyclist has been knocked down by a car at a crossroads and is "
            "lying on the ground, and you dial 112 on your mobile phone."
        ),
        "cultural_notes": (
            "112 is the free emergency number across the European Union and works from any mobile phone, even without "
            "credit. Operators follow a fixed set of questions, so answer calmly and precisely and do not hang up "
            "until they tell you to. In many European countries witnesses are expected by law to help within their "
            "abilities, and failing to do so can be an offence."
        ),
        "learning_goals": [
            "Report an emergency clearly and under pressure",
            "Give a precise location with landmarks",
            "Describe someone's condition and follow step-by-step instructions",
        ],
        "phases": [
            {
                "name": "The call",
                "goal": "Explain quickly and clearly what has happened.",
                "objectives": [
                    "Say which service you need",
                    "Explain what happened in one or two sentences",
                    "Say how many people are injured and whether there is any danger",
                ],
                "success_criteria": (
                    "The learner has stated the emergency, the number of injured people and any immediate danger."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la emergencia",
                            "el accidente",
                            "atropellar",
                            "el herido",
                            "la ambulancia",
                            "el ciclista",
                            "inconsciente",
                        ],
                        "phrases": [
                            "Necesito una ambulancia urgentemente.",
                            "Un coche acaba de atropellar a un ciclista.",
                            "Hay un herido y parece que no se mueve.",
                            "El conductor se ha quedado aquí y está bien.",
                            "No hay peligro de incendio, pero los coches siguen pasando.",
                        ],
                        "opening": "Emergencias 112, ¿qué ha ocurrido?",
                        "hint": (
                            "Di primero lo esencial: «Ha habido un accidente: un coche ha atropellado a un ciclista y "
                            "está herido.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'urgence",
                            "l'accident",
                            "renverser",
                            "le blessé",
                            "l'ambulance",
                            "le cycliste",
                            "inconscient",
                        ],
                        "phrases": [
                            "J'ai besoin d'une ambulance tout de suite.",
                            "Une voiture vient de renverser un cycliste.",
                            "Il y a un blessé et il ne bouge pas.",
                            "Le conducteur est resté sur place, il va bien.",
                            "Il n'y a pas de risque d'incendie, mais la circulation continue.",
                        ],
                        "opening": "Numéro d'urgence 112, qu'est-ce qui se passe ?",
                        "hint": (
                            "Dites d'abord l'essentiel : « Il y a eu un accident : une voiture a renversé un cycliste, "
                            "il est blessé. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Notruf",
                            "der Unfall",
                            "anfahren",
                            "der Verletzte",
                            "der Rettungswagen",
                            "der Radfahrer",
                            "bewusstlos",
                        ],
                        "phrases": [
                            "Ich brauche sofort einen Rettungswagen.",
                            "Ein Auto hat gerade einen Radfahrer angefahren.",
                            "Es gibt einen Verletzten, er bewegt sich nicht.",
                            "Der Fahrer ist noch hier, ihm geht es gut.",
                            "Es besteht keine Brandgefahr, aber der Verkehr läuft weiter.",
                        ],
                        "opening": "Notruf 112, was ist passiert?",
                        "hint": (
                            "Sagen Sie zuerst das Wichtigste: „Es gab einen Unfall: Ein Auto hat einen Radfahrer "
                            "angefahren, er ist verletzt.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'emergenza",
                            "l'incidente",
                            "investire",
                            "il ferito",
                            "l'ambulanza",
                            "il ciclista",
                            "privo di sensi",
                        ],
                        "phrases": [
                            "Ho bisogno di un'ambulanza, subito.",
                            "Una macchina ha appena investito un ciclista.",
                            "C'è un ferito e non si muove.",
                            "L'automobilista è rimasto qui e sta bene.",
                            "Non c'è pericolo di incendio, ma le macchine continuano a passare.",
                        ],
                        "opening": "Numero unico di emergenza 112, che cosa è successo?",
                        "hint": (
                            "Di' prima l'essenziale: «C'è stato un incidente: una macchina ha investito un ciclista ed "
                            "è ferito.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a emergência",
                            "o acidente",
                            "atropelar",
                            "o ferido",
                            "a ambulância",
                            "o ciclista",
                            "inconsciente",
                        ],
                        "phrases": [
                            "Preciso de uma ambulância com urgência.",
                            "Um carro acabou de atropelar um ciclista.",
                            "Há um ferido e não se está a mexer.",
                            "O condutor ficou aqui e está bem.",
                            "Não há perigo de incêndio, mas os carros continuam a passar.",
                        ],
                        "opening": "112, qual é a sua emergência?",
                        "hint": (
                            "Diga primeiro o essencial: «Houve um acidente: um carro atropelou um ciclista e ele está "
                            "ferido.»"
                        ),
                    },
                },
            },
            {
                "name": "Location",
                "goal": "Give the exact location so that the ambulance can find you.",
                "objectives": [
                    "Give the street and a house number or crossing",
                    "Describe a landmark nearby",
                    "Spell a street name or give a call-back number",
                ],
                "success_criteria": (
                    "The learner has given a precise address or crossing, a landmark and a call-back number."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la dirección",
                            "el cruce",
                            "la esquina",
                            "el semáforo",
                            "deletrear",
                            "el número de teléfono",
                            "enfrente de",
                        ],
                        "phrases": [
                            "Estamos en la calle Mayor, en el cruce con la avenida del Parque.",
                            "Justo enfrente de una farmacia.",
                            "Es al lado de la parada de autobús.",
                            "Se lo deletreo: M-A-Y-O-R.",
                            "Le doy mi número de móvil.",
                        ],
                        "opening": "De acuerdo, mantenga la calma. ¿Dónde están exactamente?",
                        "hint": (
                            "Da la calle y un punto de referencia: «Estamos en el cruce de la calle Mayor con la "
                            "avenida del Parque, enfrente de una farmacia.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'adresse",
                            "le carrefour",
                            "le coin",
                            "le feu",
                            "épeler",
                            "le numéro de téléphone",
                            "en face de",
                        ],
                        "phrases": [
                            "Nous sommes rue de la Gare, au carrefour avec l'avenue du Parc.",
                            "Juste en face d'une pharmacie.",
                            "C'est à côté de l'arrêt de bus.",
                            "Je vous l'épelle : G-A-R-E.",
                            "Je vous donne mon numéro de portable.",
                        ],
                        "opening": "D'accord, restez calme. Où êtes-vous exactement ?",
                        "hint": (
                            "Donnez la rue et un point de repère : « Nous sommes au carrefour de la rue de la Gare et "
                            "de l'avenue du Parc, en face d'une pharmacie. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Adresse",
                            "die Kreuzung",
                            "die Ecke",
                            "die Ampel",
                            "buchstabieren",
                            "die Telefonnummer",
                            "gegenüber",
                        ],
                        "phrases": [
                            "Wir sind in der Bahnhofstraße, an der Kreuzung zur Parkallee.",
                            "Direkt gegenüber von einer Apotheke.",
                            "Es ist neben der Bushaltestelle.",
                            "Ich buchstabiere: B-A-H-N-H-O-F.",
                            "Ich gebe Ihnen meine Handynummer.",
                        ],
                        "opening": "Gut, bleiben Sie ruhig. Wo genau sind Sie?",
                        "hint": (
                            "Nennen Sie Straße und einen Orientierungspunkt: „Wir sind an der Kreuzung Bahnhofstraße "
                            "und Parkallee, gegenüber von einer Apotheke.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'indirizzo",
                            "l'incrocio",
                            "l'angolo",
                            "il semaforo",
                            "fare lo spelling",
                            "il numero di telefono",
                            "di fronte a",
                        ],
                        "phrases": [
                            "Siamo in via Garibaldi, all'incrocio con viale dei Giardini.",
                            "Proprio di fronte a una farmacia.",
                            "È vicino alla fermata dell'autobus.",
                            "Le faccio lo spelling: G-A-R-I-B-A-L-D-I.",
                            "Le do il mio numero di cellulare.",
                        ],
                        "opening": "Va bene, mantenga la calma. Dove vi trovate esattamente?",
                        "hint": (
                            "Di' la via e un punto di riferimento: «Siamo all'incrocio tra via Garibaldi e viale dei "
                            "Giardini, di fronte a una farmacia.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a morada",
                            "o cruzamento",
                            "a esquina",
                            "o semáforo",
                            "soletrar",
                            "o número de telefone",
                            "em frente a",
                        ],
                        "phrases": [
                            "Estamos na Rua Direita, no cruzamento com a Avenida do Parque.",
                            "Mesmo em frente a uma farmácia.",
                            "É ao lado da paragem do autocarro.",
                            "Eu soletro: D-I-R-E-I-T-A.",
                            "Dou-lhe o meu número de telemóvel.",
                        ],
                        "opening": "Muito bem, mantenha a calma. Onde é que estão exatamente?",
                        "hint": (
                            "Diga a rua e um ponto de referência: «Estamos no cruzamento da Rua Direita com a Avenida "
                            "do Parque, em frente a uma farmácia.»"
                        ),
                    },
                },
            },
            {
                "name": "Condition",
                "goal": "Describe the injured person's condition in answer to the operator's questions.",
                "objectives": [
                    "Say whether the person is conscious and breathing",
                    "Describe visible injuries and bleeding",
                    "Give an approximate age and any relevant details",
                ],
                "success_criteria": (
                    "The learner has reported consciousness, breathing, visible injuries and an approximate age."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "consciente",
                            "respirar",
                            "sangrar",
                            "la herida",
                            "la cabeza",
                            "el casco",
                            "la pierna",
                        ],
                        "phrases": [
                            "Está consciente, pero muy confundido.",
                            "Respira con normalidad.",
                            "Le sangra bastante la cabeza.",
                            "Creo que se ha roto la pierna.",
                            "Llevaba casco y tendrá unos cuarenta años.",
                        ],
                        "opening": "La ambulancia ya va de camino. ¿La persona está consciente? ¿Respira?",
                        "hint": (
                            "Describe su estado con precisión: «Está consciente y respira, pero le sangra la cabeza y "
                            "no puede mover la pierna.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "conscient",
                            "respirer",
                            "saigner",
                            "la blessure",
                            "la tête",
                            "le casque",
                            "la jambe",
                        ],
                        "phrases": [
                            "Il est conscient, mais très confus.",
                            "Il respire normalement.",
                            "Il saigne beaucoup de la tête.",
                            "Je crois qu'il a la jambe cassée.",
                            "Il portait un casque, il doit avoir une quarantaine d'années.",
                        ],
                        "opening": (
                            "L'ambulance est en route. La personne est-elle consciente ? Est-ce qu'elle respire ?"
                        ),
                        "hint": (
                            "Décrivez son état avec précision : « Il est conscient et il respire, mais il saigne de la "
                            "tête et il ne peut pas bouger la jambe. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "bei Bewusstsein",
                            "atmen",
                            "bluten",
                            "die Wunde",
                            "der Kopf",
                            "der Helm",
                            "das Bein",
                        ],
                        "phrases": [
                            "Er ist bei Bewusstsein, aber sehr verwirrt.",
                            "Er atmet normal.",
                            "Er blutet stark am Kopf.",
                            "Ich glaube, sein Bein ist gebrochen.",
                            "Er hatte einen Helm auf und ist etwa vierzig Jahre alt.",
                        ],
                        "opening": "Der Rettungswagen ist unterwegs. Ist die Person bei Bewusstsein? Atmet sie?",
                        "hint": (
                            "Beschreiben Sie den Zustand genau: „Er ist bei Bewusstsein und atmet, aber er blutet am "
                            "Kopf und kann das Bein nicht bewegen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "cosciente",
                            "respirare",
                            "sanguinare",
                            "la ferita",
                            "la testa",
                            "il casco",
                            "la gamba",
                        ],
                        "phrases": [
                            "È cosciente, ma molto confuso.",
                            "Respira normalmente.",
                            "Perde molto sangue dalla testa.",
                            "Credo che si sia rotto una gamba.",
                            "Aveva il casco e avrà una quarantina d'anni.",
                        ],
                        "opening": "L'ambulanza sta arrivando. La persona è cosciente? Respira?",
                        "hint": (
                            "Descrivi le sue condizioni con precisione: «È cosciente e respira, ma gli sanguina la "
                            "testa e non riesce a muovere la gamba.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "consciente",
                            "respirar",
                            "sangrar",
                            "a ferida",
                            "a cabeça",
                            "o capacete",
                            "a perna",
                        ],
                        "phrases": [
                            "Está consciente, mas muito confuso.",
                            "Está a respirar normalmente.",
                            "Está a sangrar muito da cabeça.",
                            "Acho que partiu a perna.",
                            "Tinha capacete e deve ter uns quarenta anos.",
                        ],
                        "opening": "A ambulância já está a caminho. A vítima está consciente? Está a respirar?",
                        "hint": (
                            "Descreva o estado dele com precisão: «Está consciente e a respirar, mas está a sangrar da "
                            "cabeça e não consegue mexer a perna.»"
                        ),
                    },
                },
            },
            {
                "name": "Instructions",
                "goal": "Follow the operator's first-aid instructions and report back until help arrives.",
                "objectives": [
                    "Confirm each instruction you are given",
                    "Report what you have done and any change",
                    "Ask what to do if the situation gets worse",
                ],
                "success_criteria": (
                    "The learner has confirmed and carried out at least two instructions and reported any change in "
                    "the person's condition."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la instrucción",
                            "mover",
                            "presionar",
                            "la manta",
                            "tapar",
                            "empeorar",
                            "esperar",
                        ],
                        "phrases": [
                            "Entendido, no lo muevo.",
                            "Ya estoy presionando la herida con un pañuelo.",
                            "Lo he tapado con mi chaqueta.",
                            "¿Qué hago si deja de respirar?",
                            "Ya oigo la sirena.",
                        ],
                        "opening": "Muy bien. Ahora escuche con atención: no mueva al herido y no le quite el casco.",
                        "hint": (
                            "Confirma cada paso y di qué has hecho: «De acuerdo, ya estoy presionando la herida. Sigue "
                            "respirando.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la consigne",
                            "bouger",
                            "appuyer",
                            "la couverture",
                            "couvrir",
                            "s'aggraver",
                            "attendre",
                        ],
                        "phrases": [
                            "Compris, je ne le bouge pas.",
                            "J'appuie sur la blessure avec un mouchoir.",
                            "Je l'ai couvert avec ma veste.",
                            "Qu'est-ce que je fais s'il arrête de respirer ?",
                            "J'entends la sirène.",
                        ],
                        "opening": (
                            "Très bien. Maintenant, écoutez-moi bien : ne déplacez pas le blessé et ne lui enlevez pas "
                            "son casque."
                        ),
                        "hint": (
                            "Confirmez chaque étape et dites ce que vous avez fait : « D'accord, j'appuie sur la "
                            "blessure. Il respire toujours. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Anweisung",
                            "bewegen",
                            "drücken",
                            "die Decke",
                            "zudecken",
                            "sich verschlechtern",
                            "warten",
                        ],
                        "phrases": [
                            "Verstanden, ich bewege ihn nicht.",
                            "Ich drücke jetzt ein Taschentuch auf die Wunde.",
                            "Ich habe ihn mit meiner Jacke zugedeckt.",
                            "Was soll ich tun, wenn er aufhört zu atmen?",
                            "Ich höre schon die Sirene.",
                        ],
                        "opening": (
                            "Sehr gut. Hören Sie mir jetzt genau zu: Bewegen Sie den Verletzten nicht und nehmen Sie "
                            "ihm den Helm nicht ab."
                        ),
                        "hint": (
                            "Bestätigen Sie jeden Schritt und sagen Sie, was Sie getan haben: „Verstanden, ich drücke "
                            "auf die Wunde. Er atmet weiter.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'istruzione",
                            "spostare",
                            "premere",
                            "la coperta",
                            "coprire",
                            "peggiorare",
                            "aspettare",
                        ],
                        "phrases": [
                            "Ho capito, non lo sposto.",
                            "Sto premendo un fazzoletto sulla ferita.",
                            "L'ho coperto con la mia giacca.",
                            "Che cosa faccio se smette di respirare?",
                            "Sento già la sirena.",
                        ],
                        "opening": "Benissimo. Adesso mi ascolti bene: non sposti il ferito e non gli tolga il casco.",
                        "hint": (
                            "Conferma ogni passaggio e di' che cosa hai fatto: «Va bene, sto premendo sulla ferita. "
                            "Respira ancora.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a instrução",
                            "mexer",
                            "pressionar",
                            "o cobertor",
                            "tapar",
                            "piorar",
                            "esperar",
                        ],
                        "phrases": [
                            "Entendido, não o vou mexer.",
                            "Já estou a pressionar a ferida com um lenço.",
                            "Tapei-o com o meu casaco.",
                            "O que faço se ele deixar de respirar?",
                            "Já estou a ouvir a sirene.",
                        ],
                        "opening": "Muito bem. Agora ouça com atenção: não mexa na vítima e não lhe tire o capacete.",
                        "hint": (
                            "Confirme cada passo e diga o que fez: «Entendido, estou a pressionar a ferida. Continua a "
                            "respirar.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "at-the-pharmacy",
        "title": "At the pharmacy",
        "category": "daily_life",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 12,
        "learner_role": "A customer collecting a prescription and looking for something for a cold.",
        "tutor_role": "The pharmacist behind the counter.",
        "setting": (
            "A small neighbourhood pharmacy on a weekday afternoon, with a short queue at the counter. You have a "
            "prescription from your doctor, and you also want something for a blocked nose."
        ),
        "cultural_notes": (
            "In many European countries medicines are sold only in pharmacies, and pharmacists give advice on minor "
            "illnesses, so asking them is normal. Some medicines that are sold freely elsewhere need a prescription, "
            "and the pharmacist may ask a few questions before selling them. At night and on Sundays a duty pharmacy "
            "is open, and its address is usually posted on the door of the others."
        ),
        "learning_goals": [
            "Hand in a prescription and answer simple questions",
            "Understand how often and when to take a medicine",
            "Ask for something for a common problem and pay",
        ],
        "phases": [
            {
                "name": "Pick up a prescription",
                "goal": "Hand in your prescription and collect the medicine.",
                "objectives": [
                    "Say you have a prescription",
                    "Show your health card or give your name",
                    "Answer a question about the medicine",
                ],
                "success_criteria": (
                    "The learner has handed in the prescription and answered the pharmacist's question."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la receta",
                            "la farmacia",
                            "el medicamento",
                            "la tarjeta sanitaria",
                            "recoger",
                            "la caja",
                        ],
                        "phrases": [
                            "Buenas tardes, tengo una receta.",
                            "Vengo a recoger un medicamento.",
                            "Aquí tiene mi tarjeta sanitaria.",
                            "¿Lo tienen ahora?",
                            "Es para mí.",
                        ],
                        "opening": "Buenas tardes, ¿qué desea?",
                        "hint": "Di que tienes una receta: «Buenas tardes, tengo una receta del médico.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'ordonnance",
                            "la pharmacie",
                            "le médicament",
                            "la carte d'assurance maladie",
                            "chercher",
                            "la boîte",
                        ],
                        "phrases": [
                            "Bonjour, j'ai une ordonnance.",
                            "Je viens chercher un médicament.",
                            "Voici ma carte d'assurance maladie.",
                            "Vous l'avez en stock ?",
                            "C'est pour moi.",
                        ],
                        "opening": "Bonjour, qu'est-ce qu'il vous faut ?",
                        "hint": "Dites que vous avez une ordonnance : « Bonjour, j'ai une ordonnance du médecin. »",
                    },
                    "de": {
                        "vocabulary": [
                            "das Rezept",
                            "die Apotheke",
                            "das Medikament",
                            "die Versichertenkarte",
                            "abholen",
                            "die Packung",
                        ],
                        "phrases": [
                            "Guten Tag, ich habe ein Rezept.",
                            "Ich möchte ein Medikament abholen.",
                            "Hier ist meine Versichertenkarte.",
                            "Haben Sie das da?",
                            "Das ist für mich.",
                        ],
                        "opening": "Guten Tag, was darf es sein?",
                        "hint": "Sagen Sie, dass Sie ein Rezept haben: „Guten Tag, ich habe ein Rezept vom Arzt.“",
                    },
                    "it": {
                        "vocabulary": [
                            "la ricetta",
                            "la farmacia",
                            "il farmaco",
                            "la tessera sanitaria",
                            "ritirare",
                            "la confezione",
                        ],
                        "phrases": [
                            "Buongiorno, ho una ricetta.",
                            "Devo ritirare un farmaco.",
                            "Ecco la mia tessera sanitaria.",
                            "Ce l'avete adesso?",
                            "È per me.",
                        ],
                        "opening": "Buongiorno, mi dica.",
                        "hint": "Di' che hai una ricetta: «Buongiorno, ho una ricetta del medico.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a receita",
                            "a farmácia",
                            "o medicamento",
                            "o cartão de utente",
                            "aviar",
                            "a embalagem",
                        ],
                        "phrases": [
                            "Boa tarde, tenho uma receita.",
                            "Queria aviar esta receita, por favor.",
                            "Aqui tem o meu cartão de utente.",
                            "Têm isto agora?",
                            "É para mim.",
                        ],
                        "opening": "Boa tarde, diga, por favor.",
                        "hint": "Diga que tem uma receita: «Boa tarde, queria aviar esta receita do médico.»",
                    },
                },
            },
            {
                "name": "Instructions",
                "goal": "Understand how to take the medicine and check anything unclear.",
                "objectives": [
                    "Ask how often to take it",
                    "Ask whether to take it with food",
                    "Repeat the instructions to check",
                ],
                "success_criteria": (
                    "The learner has asked about the dose and timing and repeated the instructions correctly."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la pastilla",
                            "tomar",
                            "al día",
                            "la comida",
                            "el jarabe",
                            "la cucharada",
                            "antes de",
                        ],
                        "phrases": [
                            "¿Cuántas pastillas tomo al día?",
                            "¿Lo tomo antes o después de comer?",
                            "¿Puedo tomarlo con café?",
                            "Entonces, una pastilla por la mañana y otra por la noche.",
                            "¿Durante cuántos días?",
                        ],
                        "opening": "Aquí tiene. ¿Le explico cómo se toma?",
                        "hint": (
                            "Repite para comprobar: «Entonces, una pastilla por la mañana y otra por la noche, "
                            "¿verdad?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le comprimé",
                            "prendre",
                            "par jour",
                            "le repas",
                            "le sirop",
                            "la cuillère",
                            "avant",
                        ],
                        "phrases": [
                            "Je prends combien de comprimés par jour ?",
                            "Je le prends avant ou après les repas ?",
                            "Je peux le prendre avec du café ?",
                            "Donc, un comprimé le matin et un le soir.",
                            "Pendant combien de jours ?",
                        ],
                        "opening": "Voilà. Je vous explique comment le prendre ?",
                        "hint": "Répétez pour vérifier : « Donc, un comprimé le matin et un le soir, c'est ça ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Tablette",
                            "einnehmen",
                            "täglich",
                            "die Mahlzeit",
                            "der Hustensaft",
                            "der Löffel",
                            "vor",
                        ],
                        "phrases": [
                            "Wie viele Tabletten nehme ich am Tag?",
                            "Nehme ich das vor oder nach dem Essen?",
                            "Darf ich das mit Kaffee nehmen?",
                            "Also eine Tablette morgens und eine abends.",
                            "Wie viele Tage lang?",
                        ],
                        "opening": "Bitte schön. Soll ich Ihnen erklären, wie Sie das einnehmen?",
                        "hint": "Wiederholen Sie zur Kontrolle: „Also eine Tablette morgens und eine abends, richtig?“",
                    },
                    "it": {
                        "vocabulary": [
                            "la compressa",
                            "prendere",
                            "al giorno",
                            "il pasto",
                            "lo sciroppo",
                            "il cucchiaio",
                            "prima",
                        ],
                        "phrases": [
                            "Quante compresse prendo al giorno?",
                            "Lo prendo prima o dopo i pasti?",
                            "Posso prenderlo con il caffè?",
                            "Quindi una compressa la mattina e una la sera.",
                            "Per quanti giorni?",
                        ],
                        "opening": "Ecco a lei. Le spiego come prenderlo?",
                        "hint": "Ripeti per controllare: «Quindi una compressa la mattina e una la sera, giusto?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o comprimido",
                            "tomar",
                            "por dia",
                            "a refeição",
                            "o xarope",
                            "a colher",
                            "antes de",
                        ],
                        "phrases": [
                            "Quantos comprimidos tomo por dia?",
                            "Tomo antes ou depois das refeições?",
                            "Posso tomar com café?",
                            "Então, um comprimido de manhã e outro à noite.",
                            "Durante quantos dias?",
                        ],
                        "opening": "Aqui tem. Quer que lhe explique como se toma?",
                        "hint": "Repita para confirmar: «Então, um comprimido de manhã e outro à noite, certo?»",
                    },
                },
            },
            {
                "name": "Over-the-counter options",
                "goal": "Ask for something without a prescription for a common problem.",
                "objectives": [
                    "Describe a small health problem",
                    "Ask what the pharmacist recommends",
                    "Choose between two products",
                ],
                "success_criteria": "The learner has described a problem, asked for advice and chosen a product.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el resfriado",
                            "la nariz",
                            "el dolor de cabeza",
                            "el spray nasal",
                            "sin receta",
                            "recomendar",
                            "el ibuprofeno",
                        ],
                        "phrases": [
                            "¿Tiene algo para el resfriado?",
                            "Tengo la nariz tapada.",
                            "¿Qué me recomienda?",
                            "¿Se necesita receta?",
                            "Prefiero las pastillas, gracias.",
                        ],
                        "opening": "¿Necesita algo más?",
                        "hint": "Explica tu problema y pide consejo: «Tengo la nariz tapada. ¿Qué me recomienda?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le rhume",
                            "le nez",
                            "le mal de tête",
                            "le spray nasal",
                            "sans ordonnance",
                            "conseiller",
                            "le paracétamol",
                        ],
                        "phrases": [
                            "Vous avez quelque chose contre le rhume ?",
                            "J'ai le nez bouché.",
                            "Qu'est-ce que vous me conseillez ?",
                            "Il faut une ordonnance ?",
                            "Je préfère les comprimés, merci.",
                        ],
                        "opening": "Il vous faut autre chose ?",
                        "hint": (
                            "Expliquez votre problème et demandez conseil : « J'ai le nez bouché. Qu'est-ce que vous "
                            "me conseillez ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Erkältung",
                            "die Nase",
                            "die Kopfschmerzen",
                            "das Nasenspray",
                            "rezeptfrei",
                            "empfehlen",
                            "die Lutschtablette",
                        ],
                        "phrases": [
                            "Haben Sie etwas gegen Erkältung?",
                            "Meine Nase ist verstopft.",
                            "Was können Sie mir empfehlen?",
                            "Ist das rezeptfrei?",
                            "Ich nehme lieber die Tabletten, danke.",
                        ],
                        "opening": "Darf es sonst noch etwas sein?",
                        "hint": (
                            "Beschreiben Sie Ihr Problem und fragen Sie nach Rat: „Meine Nase ist verstopft. Was "
                            "können Sie mir empfehlen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il raffreddore",
                            "il naso",
                            "il mal di testa",
                            "lo spray nasale",
                            "senza ricetta",
                            "consigliare",
                            "le pastiglie",
                        ],
                        "phrases": [
                            "Ha qualcosa per il raffreddore?",
                            "Ho il naso chiuso.",
                            "Che cosa mi consiglia?",
                            "Ci vuole la ricetta?",
                            "Preferisco le compresse, grazie.",
                        ],
                        "opening": "Le serve altro?",
                        "hint": "Spiega il problema e chiedi un consiglio: «Ho il naso chiuso. Che cosa mi consiglia?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a constipação",
                            "o nariz",
                            "a dor de cabeça",
                            "o spray nasal",
                            "sem receita",
                            "aconselhar",
                            "as pastilhas",
                        ],
                        "phrases": [
                            "Tem alguma coisa para a constipação?",
                            "Tenho o nariz entupido.",
                            "O que me aconselha?",
                            "É preciso receita?",
                            "Prefiro os comprimidos, obrigado.",
                        ],
                        "opening": "Precisa de mais alguma coisa?",
                        "hint": "Explique o problema e peça um conselho: «Tenho o nariz entupido. O que me aconselha?»",
                    },
                },
            },
            {
                "name": "Pay",
                "goal": "Pay for everything and say goodbye.",
                "objectives": [
                    "Ask how much it costs",
                    "Pay by card or in cash",
                    "Thank the pharmacist and say goodbye",
                ],
                "success_criteria": "The learner has asked for the total, paid and said goodbye.",
                "languages": {
                    "es": {
                        "vocabulary": ["pagar", "el total", "la tarjeta", "el efectivo", "el ticket", "la bolsa"],
                        "phrases": [
                            "¿Cuánto es todo?",
                            "¿Puedo pagar con tarjeta?",
                            "Aquí tiene, veinte euros.",
                            "¿Me da el ticket, por favor?",
                            "Muchas gracias, adiós.",
                        ],
                        "opening": "Muy bien. Entonces, son doce euros con cincuenta.",
                        "hint": "Pregunta el precio y paga: «¿Cuánto es todo? ¿Puedo pagar con tarjeta?»",
                    },
                    "fr": {
                        "vocabulary": ["payer", "le total", "la carte bancaire", "les espèces", "le ticket", "le sac"],
                        "phrases": [
                            "Ça fait combien en tout ?",
                            "Je peux payer par carte ?",
                            "Voilà, vingt euros.",
                            "Vous pouvez me donner le ticket, s'il vous plaît ?",
                            "Merci beaucoup, au revoir.",
                        ],
                        "opening": "Très bien. Alors, ça fait douze euros cinquante.",
                        "hint": "Demandez le prix et payez : « Ça fait combien en tout ? Je peux payer par carte ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "bezahlen",
                            "die Summe",
                            "die Karte",
                            "das Bargeld",
                            "der Kassenbon",
                            "die Tüte",
                        ],
                        "phrases": [
                            "Was macht das zusammen?",
                            "Kann ich mit Karte zahlen?",
                            "Hier, zwanzig Euro.",
                            "Kann ich bitte den Kassenbon haben?",
                            "Vielen Dank, auf Wiedersehen.",
                        ],
                        "opening": "Gut. Dann macht das zwölf Euro fünfzig.",
                        "hint": (
                            "Fragen Sie nach dem Preis und zahlen Sie: „Was macht das zusammen? Kann ich mit Karte "
                            "zahlen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": ["pagare", "il totale", "la carta", "i contanti", "lo scontrino", "il sacchetto"],
                        "phrases": [
                            "Quant'è in tutto?",
                            "Posso pagare con la carta?",
                            "Ecco, venti euro.",
                            "Mi dà lo scontrino, per favore?",
                            "Grazie mille, arrivederci.",
                        ],
                        "opening": "Bene. Allora sono dodici euro e cinquanta.",
                        "hint": "Chiedi il prezzo e paga: «Quant'è in tutto? Posso pagare con la carta?»",
                    },
                    "pt": {
                        "vocabulary": ["pagar", "o total", "o cartão", "o dinheiro", "o talão", "o saco"],
                        "phrases": [
                            "Quanto é tudo?",
                            "Posso pagar com cartão?",
                            "Aqui tem, vinte euros.",
                            "Pode dar-me o talão, por favor?",
                            "Muito obrigado, adeus.",
                        ],
                        "opening": "Muito bem. Então são doze euros e cinquenta.",
                        "hint": "Pergunte o preço e pague: «Quanto é tudo? Posso pagar com cartão?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "at-the-post-office",
        "title": "At the post office",
        "category": "daily_life",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": "A customer who wants to send a birthday parcel abroad and buy some stamps.",
        "tutor_role": "The clerk at the post office counter.",
        "setting": (
            "A busy post office in the city centre at lunchtime, with a ticket machine for the queue. You are carrying "
            "a small parcel with a present for a friend who lives in another country."
        ),
        "cultural_notes": (
            "Many post offices use a numbered ticket system, so take a ticket and wait for your number to be called. "
            "Parcels going outside the European Union need a customs form that lists the contents and their value. "
            "Stamps are often also sold at tobacconists, newsagents or supermarkets, which can save you a queue."
        ),
        "learning_goals": [
            "Say what you want to send and where",
            "Compare delivery options by price and time",
            "Buy stamps and pay",
        ],
        "phases": [
            {
                "name": "Send a parcel",
                "goal": "Say that you want to send a parcel, where to and what is inside.",
                "objectives": ["Say what you want to send", "Say which country it is going to", "Say what is inside"],
                "success_criteria": "The learner has said where the parcel is going and what it contains.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el paquete",
                            "enviar",
                            "el extranjero",
                            "el contenido",
                            "la dirección",
                            "pesar",
                            "el regalo",
                        ],
                        "phrases": [
                            "Quiero enviar este paquete.",
                            "Es para Canadá.",
                            "Dentro hay un libro y una camiseta.",
                            "Es un regalo de cumpleaños.",
                            "¿Cuánto pesa?",
                        ],
                        "opening": "Buenos días. Número cuarenta y dos, ¿qué desea?",
                        "hint": "Di qué quieres enviar y adónde: «Quiero enviar este paquete a Canadá. Es un regalo.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le colis",
                            "envoyer",
                            "l'étranger",
                            "le contenu",
                            "l'adresse",
                            "peser",
                            "le cadeau",
                        ],
                        "phrases": [
                            "Je voudrais envoyer ce colis.",
                            "C'est pour le Canada.",
                            "Il y a un livre et un tee-shirt dedans.",
                            "C'est un cadeau d'anniversaire.",
                            "Il pèse combien ?",
                        ],
                        "opening": "Bonjour, numéro quarante-deux ! Qu'est-ce que je peux faire pour vous ?",
                        "hint": (
                            "Dites ce que vous envoyez et où : « Je voudrais envoyer ce colis au Canada. C'est un "
                            "cadeau. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Paket",
                            "schicken",
                            "das Ausland",
                            "der Inhalt",
                            "die Adresse",
                            "wiegen",
                            "das Geschenk",
                        ],
                        "phrases": [
                            "Ich möchte dieses Paket verschicken.",
                            "Es geht nach Kanada.",
                            "Darin sind ein Buch und ein T-Shirt.",
                            "Das ist ein Geburtstagsgeschenk.",
                            "Wie schwer ist es?",
                        ],
                        "opening": "Guten Tag, Nummer zweiundvierzig! Was kann ich für Sie tun?",
                        "hint": (
                            "Sagen Sie, was Sie schicken und wohin: „Ich möchte dieses Paket nach Kanada schicken. Es "
                            "ist ein Geschenk.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il pacco",
                            "spedire",
                            "l'estero",
                            "il contenuto",
                            "l'indirizzo",
                            "pesare",
                            "il regalo",
                        ],
                        "phrases": [
                            "Vorrei spedire questo pacco.",
                            "È per il Canada.",
                            "Dentro ci sono un libro e una maglietta.",
                            "È un regalo di compleanno.",
                            "Quanto pesa?",
                        ],
                        "opening": "Buongiorno, numero quarantadue! Mi dica.",
                        "hint": "Di' che cosa spedisci e dove: «Vorrei spedire questo pacco in Canada. È un regalo.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a encomenda",
                            "enviar",
                            "o estrangeiro",
                            "o conteúdo",
                            "a morada",
                            "pesar",
                            "a prenda",
                        ],
                        "phrases": [
                            "Queria enviar esta encomenda.",
                            "É para o Canadá.",
                            "Lá dentro há um livro e uma t-shirt.",
                            "É uma prenda de anos.",
                            "Quanto é que pesa?",
                        ],
                        "opening": "Bom dia, senha quarenta e dois! Diga, por favor.",
                        "hint": (
                            "Diga o que quer enviar e para onde: «Queria enviar esta encomenda para o Canadá. É uma "
                            "prenda.»"
                        ),
                    },
                },
            },
            {
                "name": "Options",
                "goal": "Compare the delivery options and choose one.",
                "objectives": [
                    "Ask how long delivery takes",
                    "Ask about the price of each option",
                    "Choose an option and say why",
                ],
                "success_criteria": "The learner has compared at least two options and chosen one.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "urgente",
                            "certificado",
                            "el seguimiento",
                            "tardar",
                            "el seguro",
                            "la entrega",
                            "barato",
                        ],
                        "phrases": [
                            "¿Cuánto tarda en llegar?",
                            "¿Cuánto cuesta el envío urgente?",
                            "¿Tiene número de seguimiento?",
                            "Prefiero la opción más barata.",
                            "Lo envío certificado, por favor.",
                        ],
                        "opening": (
                            "Tiene dos opciones: el envío normal, que tarda una semana, o el urgente, que tarda tres "
                            "días."
                        ),
                        "hint": "Compara y elige: «¿Cuánto cuesta el urgente? Prefiero el normal, es más barato.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "urgent",
                            "recommandé",
                            "le suivi",
                            "arriver",
                            "l'assurance",
                            "la livraison",
                            "cher",
                        ],
                        "phrases": [
                            "Il met combien de temps pour arriver ?",
                            "Combien coûte l'envoi express ?",
                            "Il y a un numéro de suivi ?",
                            "Je préfère l'option la moins chère.",
                            "Je l'envoie en recommandé, s'il vous plaît.",
                        ],
                        "opening": (
                            "Vous avez deux options : l'envoi normal, en une semaine, ou l'express, en trois jours."
                        ),
                        "hint": (
                            "Comparez et choisissez : « Combien coûte l'express ? Je préfère le normal, c'est moins "
                            "cher. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Express",
                            "das Einschreiben",
                            "die Sendungsnummer",
                            "dauern",
                            "die Versicherung",
                            "die Zustellung",
                            "billig",
                        ],
                        "phrases": [
                            "Wie lange dauert das?",
                            "Was kostet der Expressversand?",
                            "Gibt es eine Sendungsnummer?",
                            "Ich nehme die günstigere Variante.",
                            "Bitte als Einschreiben.",
                        ],
                        "opening": (
                            "Sie haben zwei Möglichkeiten: normal, das dauert eine Woche, oder Express, das dauert "
                            "drei Tage."
                        ),
                        "hint": (
                            "Vergleichen Sie und wählen Sie: „Was kostet der Express? Ich nehme lieber normal, das ist "
                            "billiger.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la spedizione",
                            "la raccomandata",
                            "il tracciamento",
                            "metterci",
                            "l'assicurazione",
                            "la consegna",
                            "economico",
                        ],
                        "phrases": [
                            "Quanto ci mette ad arrivare?",
                            "Quanto costa la spedizione veloce?",
                            "C'è il numero di tracciamento?",
                            "Preferisco l'opzione più economica.",
                            "Lo spedisco come raccomandata, per favore.",
                        ],
                        "opening": (
                            "Ha due possibilità: la spedizione normale, in una settimana, o quella veloce, in tre "
                            "giorni."
                        ),
                        "hint": "Confronta e scegli: «Quanto costa quella veloce? Preferisco la normale, costa meno.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o correio azul",
                            "o registo",
                            "o seguimento",
                            "demorar",
                            "o seguro",
                            "a entrega",
                            "barato",
                        ],
                        "phrases": [
                            "Quanto tempo demora a chegar?",
                            "Quanto custa o envio expresso?",
                            "Tem número de seguimento?",
                            "Prefiro a opção mais barata.",
                            "Queria enviar por correio registado.",
                        ],
                        "opening": (
                            "Tem duas opções: o envio normal, que demora uma semana, ou o expresso, que demora três "
                            "dias."
                        ),
                        "hint": "Compare e escolha: «Quanto custa o expresso? Prefiro o normal, é mais barato.»",
                    },
                },
            },
            {
                "name": "Stamps",
                "goal": "Buy stamps for letters and postcards.",
                "objectives": [
                    "Say how many stamps you need",
                    "Say where the letters or postcards are going",
                    "Ask where to post them",
                ],
                "success_criteria": (
                    "The learner has bought stamps for a destination and asked where to post the cards."
                ),
                "languages": {
                    "es": {
                        "vocabulary": ["el sello", "la carta", "la postal", "el buzón", "el sobre", "echar al buzón"],
                        "phrases": [
                            "También quiero cinco sellos.",
                            "Son para postales a otros países de Europa.",
                            "¿Cuánto cuesta un sello para Estados Unidos?",
                            "¿Dónde está el buzón?",
                            "¿Me da también un sobre?",
                        ],
                        "opening": "¿Algo más? ¿Necesita sellos?",
                        "hint": (
                            "Pide sellos y di adónde van: «Quería cuatro sellos para postales a otros países de "
                            "Europa, por favor.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le timbre",
                            "la lettre",
                            "la carte postale",
                            "la boîte aux lettres",
                            "l'enveloppe",
                            "poster",
                        ],
                        "phrases": [
                            "Je voudrais aussi cinq timbres.",
                            "C'est pour envoyer des cartes postales en Europe.",
                            "Un timbre pour les États-Unis, c'est combien ?",
                            "Où est la boîte aux lettres ?",
                            "Vous pouvez me donner une enveloppe aussi ?",
                        ],
                        "opening": "Autre chose ? Il vous faut des timbres ?",
                        "hint": (
                            "Demandez des timbres et dites pour où : « Je voudrais quatre timbres pour envoyer des "
                            "cartes postales en Europe. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Briefmarke",
                            "der Brief",
                            "die Postkarte",
                            "der Briefkasten",
                            "der Umschlag",
                            "einwerfen",
                        ],
                        "phrases": [
                            "Ich hätte auch gern fünf Briefmarken.",
                            "Die sind für Postkarten innerhalb Europas.",
                            "Was kostet eine Briefmarke in die USA?",
                            "Wo ist der Briefkasten?",
                            "Können Sie mir auch einen Umschlag geben?",
                        ],
                        "opening": "Sonst noch etwas? Brauchen Sie Briefmarken?",
                        "hint": (
                            "Verlangen Sie Briefmarken und sagen Sie, wohin: „Ich hätte gern vier Briefmarken für "
                            "Postkarten innerhalb Europas.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il francobollo",
                            "la lettera",
                            "la cartolina",
                            "la buca delle lettere",
                            "la busta",
                            "imbucare",
                        ],
                        "phrases": [
                            "Vorrei anche cinque francobolli.",
                            "Sono per cartoline da spedire in Europa.",
                            "Quanto costa un francobollo per gli Stati Uniti?",
                            "Dov'è la buca delle lettere?",
                            "Mi dà anche una busta?",
                        ],
                        "opening": "Altro? Le servono dei francobolli?",
                        "hint": (
                            "Chiedi i francobolli e di' per dove: «Vorrei quattro francobolli per cartoline da spedire "
                            "in Europa.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o selo",
                            "a carta",
                            "o postal",
                            "o marco do correio",
                            "o envelope",
                            "pôr no correio",
                        ],
                        "phrases": [
                            "Queria também cinco selos.",
                            "São para mandar postais para a Europa.",
                            "Quanto custa um selo para os Estados Unidos?",
                            "Onde fica o marco do correio?",
                            "Também me pode dar um envelope?",
                        ],
                        "opening": "Mais alguma coisa? Precisa de selos?",
                        "hint": (
                            "Peça selos e diga para onde: «Queria quatro selos para mandar postais para a Europa, por "
                            "favor.»"
                        ),
                    },
                },
            },
            {
                "name": "Pay",
                "goal": "Pay for the parcel and the stamps and keep the receipt.",
                "objectives": [
                    "Ask for the total",
                    "Pay by card or in cash",
                    "Ask for the receipt with the tracking number",
                ],
                "success_criteria": "The learner has paid and asked for the receipt.",
                "languages": {
                    "es": {
                        "vocabulary": ["el total", "pagar", "el resguardo", "el cambio", "la tarjeta", "guardar"],
                        "phrases": [
                            "¿Cuánto es en total?",
                            "Pago con tarjeta.",
                            "¿Me da el resguardo, por favor?",
                            "¿El número de seguimiento está en el resguardo?",
                            "Gracias, que tenga un buen día.",
                        ],
                        "opening": "Bueno, entre el paquete y los sellos son veintitrés euros.",
                        "hint": "Paga y pide el resguardo: «Pago con tarjeta. ¿Me da el resguardo, por favor?»",
                    },
                    "fr": {
                        "vocabulary": ["le total", "payer", "le reçu", "la monnaie", "la carte bancaire", "garder"],
                        "phrases": [
                            "Ça fait combien en tout ?",
                            "Je paie par carte.",
                            "Je peux avoir le reçu, s'il vous plaît ?",
                            "Le numéro de suivi est sur le reçu ?",
                            "Merci, bonne journée.",
                        ],
                        "opening": "Bon, avec le colis et les timbres, ça fait vingt-trois euros.",
                        "hint": (
                            "Payez et demandez le reçu : « Je paie par carte. Je peux avoir le reçu, s'il vous plaît ? "
                            "»"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Betrag",
                            "bezahlen",
                            "der Beleg",
                            "das Wechselgeld",
                            "die Karte",
                            "aufbewahren",
                        ],
                        "phrases": [
                            "Was macht das insgesamt?",
                            "Ich zahle mit Karte.",
                            "Kann ich bitte den Beleg haben?",
                            "Steht die Sendungsnummer auf dem Beleg?",
                            "Danke, schönen Tag noch.",
                        ],
                        "opening": "So, mit dem Paket und den Briefmarken macht das dreiundzwanzig Euro.",
                        "hint": (
                            "Bezahlen Sie und fragen Sie nach dem Beleg: „Ich zahle mit Karte. Kann ich bitte den "
                            "Beleg haben?“"
                        ),
                    },
                    "it": {
                        "vocabulary": ["il totale", "pagare", "la ricevuta", "il resto", "la carta", "conservare"],
                        "phrases": [
                            "Quant'è in tutto?",
                            "Pago con la carta.",
                            "Mi dà la ricevuta, per favore?",
                            "Il numero di tracciamento è sulla ricevuta?",
                            "Grazie, buona giornata.",
                        ],
                        "opening": "Allora, tra pacco e francobolli sono ventitré euro.",
                        "hint": "Paga e chiedi la ricevuta: «Pago con la carta. Mi dà la ricevuta, per favore?»",
                    },
                    "pt": {
                        "vocabulary": ["o total", "pagar", "o comprovativo", "o troco", "o cartão", "guardar"],
                        "phrases": [
                            "Quanto é no total?",
                            "Pago com cartão.",
                            "Pode dar-me o comprovativo, por favor?",
                            "O número de seguimento está no comprovativo?",
                            "Obrigado, bom dia.",
                        ],
                        "opening": "Então, com a encomenda e os selos, são vinte e três euros.",
                        "hint": (
                            "Pague e peça o comprovativo: «Pago com cartão. Pode dar-me o comprovativo, por favor?»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "talking-about-sport",
        "title": "Talking about sport",
        "category": "hobbies",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": "A sports fan chatting with a new acquaintance in a café before a big match on TV.",
        "tutor_role": "A friendly local who loves sport and supports the home team.",
        "setting": (
            "A lively café with a big screen, an hour before an important football match. The place is filling up with "
            "fans, and the person next to you at the bar starts chatting."
        ),
        "cultural_notes": (
            "Football is the most popular sport in much of Europe, and local teams are a big part of people's "
            "identity, so friendly teasing about rival teams is common. Cycling, tennis, basketball and handball are "
            "also widely followed. Watching a big match in a bar or café with friends is a social event in itself."
        ),
        "learning_goals": [
            "Say which sports you like and why",
            "Talk about a recent match in the past tense",
            "Make simple predictions and talk about your own sporting experience",
        ],
        "phases": [
            {
                "name": "Favourite sports",
                "goal": "Say which sports you like to watch or play and ask about the other person's.",
                "objectives": [
                    "Name a sport you like",
                    "Say which team you support",
                    "Ask about the other person's favourite sport",
                ],
                "success_criteria": (
                    "The learner has named a favourite sport or team and asked about the other person's."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el deporte",
                            "el fútbol",
                            "el equipo",
                            "el partido",
                            "el aficionado",
                            "jugar",
                            "ver",
                        ],
                        "phrases": [
                            "Me encanta el fútbol.",
                            "Soy del equipo de aquí.",
                            "¿Cuál es tu deporte favorito?",
                            "También me gusta mucho el tenis.",
                            "No me gusta mucho el baloncesto.",
                        ],
                        "opening": "¡Hola! ¿Vienes a ver el partido? ¿Te gusta el fútbol?",
                        "hint": (
                            "Di qué deporte te gusta y pregunta: «Me encanta el fútbol. ¿Y a ti qué deporte te gusta?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le sport",
                            "le foot",
                            "l'équipe",
                            "le match",
                            "le supporter",
                            "jouer",
                            "regarder",
                        ],
                        "phrases": [
                            "J'adore le foot.",
                            "Je suis supporter de l'équipe d'ici.",
                            "C'est quoi, ton sport préféré ?",
                            "J'aime beaucoup le tennis aussi.",
                            "Je n'aime pas trop le basket.",
                        ],
                        "opening": "Salut ! Tu viens voir le match ? Tu aimes le foot ?",
                        "hint": (
                            "Dites quel sport vous aimez et posez la question : « J'adore le foot. Et toi, c'est quoi "
                            "ton sport préféré ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Sport",
                            "der Fußball",
                            "die Mannschaft",
                            "das Spiel",
                            "der Fan",
                            "spielen",
                            "anschauen",
                        ],
                        "phrases": [
                            "Ich liebe Fußball.",
                            "Ich bin ein Fan der Mannschaft hier.",
                            "Was ist dein Lieblingssport?",
                            "Tennis mag ich auch sehr.",
                            "Basketball finde ich nicht so toll.",
                        ],
                        "opening": "Hallo! Schaust du auch das Spiel? Magst du Fußball?",
                        "hint": (
                            "Sagen Sie, welchen Sport Sie mögen, und fragen Sie zurück: „Ich liebe Fußball. Und was "
                            "ist dein Lieblingssport?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "lo sport",
                            "il calcio",
                            "la squadra",
                            "la partita",
                            "il tifoso",
                            "giocare",
                            "guardare",
                        ],
                        "phrases": [
                            "Adoro il calcio.",
                            "Tifo per la squadra di qui.",
                            "Qual è il tuo sport preferito?",
                            "Mi piace molto anche il tennis.",
                            "La pallacanestro non mi piace molto.",
                        ],
                        "opening": "Ciao! Sei qui per la partita? Ti piace il calcio?",
                        "hint": "Di' quale sport ti piace e chiedi: «Adoro il calcio. E a te quale sport piace?»",
                    },
                    "pt": {
                        "vocabulary": ["o desporto", "o futebol", "a equipa", "o jogo", "o adepto", "jogar", "ver"],
                        "phrases": [
                            "Adoro futebol.",
                            "Sou adepto da equipa cá da terra.",
                            "Qual é o teu desporto preferido?",
                            "Também gosto muito de ténis.",
                            "Não gosto muito de basquetebol.",
                        ],
                        "opening": "Olá! Vieste ver o jogo? Gostas de futebol?",
                        "hint": (
                            "Diga de que desporto gosta e pergunte: «Adoro futebol. E tu, qual é o teu desporto "
                            "preferido?»"
                        ),
                    },
                },
            },
            {
                "name": "Recent games",
                "goal": "Talk about a recent match: who played, who won and what happened.",
                "objectives": ["Say which match you watched", "Give the result", "Say what you thought of it"],
                "success_criteria": "The learner has described a recent match with the result and an opinion.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "ganar",
                            "perder",
                            "empatar",
                            "el gol",
                            "el resultado",
                            "el árbitro",
                            "el jugador",
                        ],
                        "phrases": [
                            "¿Viste el partido del domingo?",
                            "Ganamos dos a uno.",
                            "El segundo gol fue increíble.",
                            "El árbitro fue horrible.",
                            "Jugaron muy mal.",
                        ],
                        "opening": "¿Viste el partido del fin de semana? ¡Qué final!",
                        "hint": (
                            "Di el resultado y tu opinión: «Sí, lo vi. Ganaron dos a uno, pero jugaron bastante mal.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "gagner",
                            "perdre",
                            "faire match nul",
                            "le but",
                            "le score",
                            "l'arbitre",
                            "le joueur",
                        ],
                        "phrases": [
                            "Tu as vu le match de dimanche ?",
                            "On a gagné deux à un.",
                            "Le deuxième but était incroyable.",
                            "L'arbitre était nul.",
                            "Ils ont très mal joué.",
                        ],
                        "opening": "Tu as vu le match du week-end ? Quelle fin !",
                        "hint": (
                            "Donnez le score et votre avis : « Oui, je l'ai vu. Ils ont gagné deux à un, mais ils ont "
                            "assez mal joué. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "gewinnen",
                            "verlieren",
                            "unentschieden",
                            "das Tor",
                            "das Ergebnis",
                            "der Schiedsrichter",
                            "der Spieler",
                        ],
                        "phrases": [
                            "Hast du das Spiel am Sonntag gesehen?",
                            "Wir haben zwei zu eins gewonnen.",
                            "Das zweite Tor war unglaublich.",
                            "Der Schiedsrichter war furchtbar.",
                            "Sie haben sehr schlecht gespielt.",
                        ],
                        "opening": "Hast du das Spiel am Wochenende gesehen? Was für ein Ende!",
                        "hint": (
                            "Nennen Sie das Ergebnis und Ihre Meinung: „Ja, habe ich gesehen. Sie haben zwei zu eins "
                            "gewonnen, aber ziemlich schlecht gespielt.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "vincere",
                            "perdere",
                            "pareggiare",
                            "il gol",
                            "il risultato",
                            "l'arbitro",
                            "il giocatore",
                        ],
                        "phrases": [
                            "Hai visto la partita di domenica?",
                            "Abbiamo vinto due a uno.",
                            "Il secondo gol è stato incredibile.",
                            "L'arbitro è stato terribile.",
                            "Hanno giocato malissimo.",
                        ],
                        "opening": "Hai visto la partita del fine settimana? Che finale!",
                        "hint": (
                            "Di' il risultato e la tua opinione: «Sì, l'ho vista. Hanno vinto due a uno, ma hanno "
                            "giocato piuttosto male.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "ganhar",
                            "perder",
                            "empatar",
                            "o golo",
                            "o resultado",
                            "o árbitro",
                            "o jogador",
                        ],
                        "phrases": [
                            "Viste o jogo de domingo?",
                            "Ganhámos dois a um.",
                            "O segundo golo foi incrível.",
                            "O árbitro foi péssimo.",
                            "Jogaram muito mal.",
                        ],
                        "opening": "Viste o jogo do fim de semana? Que final!",
                        "hint": (
                            "Diga o resultado e a sua opinião: «Sim, vi. Ganharam dois a um, mas jogaram bastante mal.»"
                        ),
                    },
                },
            },
            {
                "name": "Predictions",
                "goal": "Say who you think will win the next match and why.",
                "objectives": ["Say who you think will win", "Give a possible score", "Give a simple reason"],
                "success_criteria": "The learner has made a prediction with a score and a reason.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "creer",
                            "el favorito",
                            "el próximo partido",
                            "la liga",
                            "apostar",
                            "fuerte",
                            "el campeón",
                        ],
                        "phrases": [
                            "Creo que vamos a ganar.",
                            "Yo digo dos a cero.",
                            "El otro equipo es más fuerte.",
                            "Este año podemos ganar la liga.",
                            "¿Apostamos un café?",
                        ],
                        "opening": "Bueno, ¿y esta noche qué? ¿Quién crees que va a ganar?",
                        "hint": (
                            "Da tu predicción y una razón: «Creo que vamos a ganar dos a uno, porque jugamos en casa.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "penser",
                            "le favori",
                            "le prochain match",
                            "le championnat",
                            "parier",
                            "fort",
                            "le champion",
                        ],
                        "phrases": [
                            "Je pense qu'on va gagner.",
                            "Moi, je dis deux à zéro.",
                            "L'autre équipe est plus forte.",
                            "Cette année, on peut gagner le championnat.",
                            "On parie un café ?",
                        ],
                        "opening": "Bon, et ce soir alors ? Qui va gagner, à ton avis ?",
                        "hint": (
                            "Donnez votre pronostic et une raison : « Je pense qu'on va gagner deux à un, parce qu'on "
                            "joue à domicile. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "glauben",
                            "der Favorit",
                            "das Heimspiel",
                            "die Liga",
                            "wetten",
                            "stark",
                            "der Meister",
                        ],
                        "phrases": [
                            "Ich glaube, wir gewinnen.",
                            "Ich tippe auf zwei zu null.",
                            "Die andere Mannschaft ist stärker.",
                            "Dieses Jahr können wir Meister werden.",
                            "Wetten wir um einen Kaffee?",
                        ],
                        "opening": "Und heute Abend? Wer gewinnt deiner Meinung nach?",
                        "hint": (
                            "Geben Sie einen Tipp mit Begründung ab: „Ich glaube, wir gewinnen zwei zu eins, weil wir "
                            "zu Hause spielen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "pensare",
                            "il favorito",
                            "la prossima partita",
                            "il campionato",
                            "scommettere",
                            "forte",
                            "il campione",
                        ],
                        "phrases": [
                            "Secondo me vinciamo noi.",
                            "Io dico due a zero.",
                            "L'altra squadra è più forte.",
                            "Quest'anno possiamo vincere il campionato.",
                            "Scommettiamo un caffè?",
                        ],
                        "opening": "Allora, e stasera? Secondo te chi vince?",
                        "hint": (
                            "Fai il tuo pronostico e spiega perché: «Secondo me vinciamo due a uno, perché giochiamo "
                            "in casa.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "achar",
                            "o favorito",
                            "o próximo jogo",
                            "o campeonato",
                            "apostar",
                            "forte",
                            "o campeão",
                        ],
                        "phrases": [
                            "Acho que vamos ganhar.",
                            "Eu digo dois a zero.",
                            "A outra equipa é mais forte.",
                            "Este ano podemos ganhar o campeonato.",
                            "Apostamos um café?",
                        ],
                        "opening": "Então, e hoje à noite? Quem achas que vai ganhar?",
                        "hint": (
                            "Faça a sua previsão e dê uma razão: «Acho que vamos ganhar dois a um, porque jogamos em "
                            "casa.»"
                        ),
                    },
                },
            },
            {
                "name": "Own experience",
                "goal": "Talk about the sports you do or used to do yourself.",
                "objectives": [
                    "Say which sport you do or did",
                    "Say how often or since when",
                    "Ask the other person if they play",
                ],
                "success_criteria": (
                    "The learner has described their own sporting activity with a frequency and asked a question back."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "entrenar",
                            "correr",
                            "nadar",
                            "el gimnasio",
                            "la vez",
                            "el club",
                            "hacer deporte",
                        ],
                        "phrases": [
                            "Juego al tenis dos veces por semana.",
                            "Corro todos los domingos.",
                            "Antes jugaba al baloncesto en un club.",
                            "Voy al gimnasio tres veces por semana.",
                            "¿Y tú, haces algún deporte?",
                        ],
                        "opening": "¿Y tú haces deporte o solo lo ves en la tele?",
                        "hint": (
                            "Di qué deporte haces y con qué frecuencia: «Juego al tenis dos veces por semana. ¿Y tú?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "s'entraîner",
                            "courir",
                            "nager",
                            "la salle de sport",
                            "la fois",
                            "le club",
                            "faire du sport",
                        ],
                        "phrases": [
                            "Je joue au tennis deux fois par semaine.",
                            "Je cours tous les dimanches.",
                            "Avant, je jouais au basket dans un club.",
                            "Je vais à la salle de sport trois fois par semaine.",
                            "Et toi, tu fais du sport ?",
                        ],
                        "opening": "Et toi, tu fais du sport, ou tu regardes seulement à la télé ?",
                        "hint": (
                            "Dites quel sport vous faites et à quelle fréquence : « Je joue au tennis deux fois par "
                            "semaine. Et toi ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "trainieren",
                            "laufen",
                            "schwimmen",
                            "das Fitnessstudio",
                            "das Mal",
                            "der Verein",
                            "Sport machen",
                        ],
                        "phrases": [
                            "Ich spiele zweimal pro Woche Tennis.",
                            "Ich gehe jeden Sonntag laufen.",
                            "Früher habe ich im Verein Basketball gespielt.",
                            "Ich gehe dreimal pro Woche ins Fitnessstudio.",
                            "Und du, machst du Sport?",
                        ],
                        "opening": "Und du, machst du selbst Sport, oder schaust du nur im Fernsehen zu?",
                        "hint": (
                            "Sagen Sie, welchen Sport Sie machen und wie oft: „Ich spiele zweimal pro Woche Tennis. "
                            "Und du?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "allenarsi",
                            "correre",
                            "nuotare",
                            "la palestra",
                            "la volta",
                            "la società sportiva",
                            "fare sport",
                        ],
                        "phrases": [
                            "Gioco a tennis due volte alla settimana.",
                            "Corro ogni domenica.",
                            "Prima giocavo a pallacanestro in una squadra.",
                            "Vado in palestra tre volte alla settimana.",
                            "E tu, fai sport?",
                        ],
                        "opening": "E tu fai sport, o lo guardi solo in televisione?",
                        "hint": "Di' che sport fai e quanto spesso: «Gioco a tennis due volte alla settimana. E tu?»",
                    },
                    "pt": {
                        "vocabulary": ["treinar", "correr", "nadar", "o ginásio", "a vez", "o clube", "fazer desporto"],
                        "phrases": [
                            "Jogo ténis duas vezes por semana.",
                            "Corro todos os domingos.",
                            "Antes jogava basquetebol num clube.",
                            "Vou ao ginásio três vezes por semana.",
                            "E tu, fazes desporto?",
                        ],
                        "opening": "E tu, fazes desporto ou só vês na televisão?",
                        "hint": "Diga que desporto faz e com que frequência: «Jogo ténis duas vezes por semana. E tu?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "at-the-bank",
        "title": "At the bank",
        "category": "daily_life",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 18,
        "learner_role": "A newcomer who has just moved to the country for work and needs a local bank account.",
        "tutor_role": "A customer adviser at a bank branch.",
        "setting": (
            "A modern bank branch on a weekday morning, where you have booked an appointment with an adviser. You have "
            "started a new job, and your employer needs local bank details to pay your salary."
        ),
        "cultural_notes": (
            "Opening an account usually requires a passport or identity card, proof of address and often a tax "
            "identification number. Appointments are common for anything beyond simple transactions, and advisers may "
            "offer extra products such as insurance, which you are free to refuse. Banks never ask for your full PIN "
            "or passwords by phone or e-mail, so such requests are a sign of fraud."
        ),
        "learning_goals": [
            "Explain what kind of account you need and provide documents",
            "Ask about cards, fees and online banking",
            "Make a transfer and answer security questions",
        ],
        "phases": [
            {
                "name": "Open an account",
                "goal": "Explain that you want to open an account and provide the required documents.",
                "objectives": [
                    "Say what kind of account you want and why",
                    "Provide your documents and personal details",
                    "Ask what else is needed",
                ],
                "success_criteria": (
                    "The learner has asked for an account, provided documents and details and asked what else is "
                    "needed."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la cuenta corriente",
                            "abrir",
                            "el documento de identidad",
                            "el justificante de domicilio",
                            "el contrato de trabajo",
                            "la nómina",
                            "el titular",
                        ],
                        "phrases": [
                            "Quisiera abrir una cuenta corriente.",
                            "Acabo de empezar a trabajar aquí y necesito una cuenta para la nómina.",
                            "Aquí tiene mi pasaporte y el contrato de alquiler.",
                            "¿Qué otros documentos necesitan?",
                            "¿Hay alguna comisión de mantenimiento?",
                        ],
                        "opening": "Buenos días, tome asiento. ¿En qué puedo ayudarle hoy?",
                        "hint": (
                            "Explica qué necesitas y por qué: «Quisiera abrir una cuenta corriente, porque acabo de "
                            "empezar a trabajar aquí.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le compte courant",
                            "ouvrir",
                            "la pièce d'identité",
                            "le justificatif de domicile",
                            "le contrat de travail",
                            "le salaire",
                            "le titulaire",
                        ],
                        "phrases": [
                            "Je voudrais ouvrir un compte courant.",
                            "Je viens de commencer un nouveau travail, et j'ai besoin d'un compte pour mon salaire.",
                            "Voici mon passeport et mon contrat de location.",
                            "Quels autres documents vous faut-il ?",
                            "Est-ce qu'il y a des frais de tenue de compte ?",
                        ],
                        "opening": "Bonjour, installez-vous. Qu'est-ce que je peux faire pour vous aujourd'hui ?",
                        "hint": (
                            "Expliquez ce dont vous avez besoin et pourquoi : « Je voudrais ouvrir un compte courant, "
                            "parce que je viens de commencer à travailler ici. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Girokonto",
                            "eröffnen",
                            "der Personalausweis",
                            "die Meldebescheinigung",
                            "der Arbeitsvertrag",
                            "das Gehalt",
                            "der Kontoinhaber",
                        ],
                        "phrases": [
                            "Ich möchte ein Girokonto eröffnen.",
                            "Ich habe hier gerade eine neue Stelle angefangen und brauche ein Konto für mein Gehalt.",
                            "Hier sind mein Reisepass und mein Mietvertrag.",
                            "Welche Unterlagen brauchen Sie noch?",
                            "Gibt es Kontoführungsgebühren?",
                        ],
                        "opening": "Guten Morgen, nehmen Sie Platz. Was kann ich heute für Sie tun?",
                        "hint": (
                            "Erklären Sie, was Sie brauchen und warum: „Ich möchte ein Girokonto eröffnen, weil ich "
                            "gerade hier angefangen habe zu arbeiten.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il conto corrente",
                            "aprire",
                            "il documento d'identità",
                            "il codice fiscale",
                            "il contratto di lavoro",
                            "lo stipendio",
                            "il titolare",
                        ],
                        "phrases": [
                            "Vorrei aprire un conto corrente.",
                            "Ho appena cominciato a lavorare qui e mi serve un conto per lo stipendio.",
                            "Ecco il mio passaporto e il contratto d'affitto.",
                            "Quali altri documenti servono?",
                            "Ci sono spese di tenuta conto?",
                        ],
                        "opening": "Buongiorno, si accomodi. Come posso aiutarla oggi?",
                        "hint": (
                            "Spiega che cosa ti serve e perché: «Vorrei aprire un conto corrente, perché ho appena "
                            "cominciato a lavorare qui.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a conta à ordem",
                            "abrir",
                            "o documento de identificação",
                            "o comprovativo de morada",
                            "o número de contribuinte",
                            "o ordenado",
                            "o titular",
                        ],
                        "phrases": [
                            "Queria abrir uma conta à ordem.",
                            "Comecei agora a trabalhar cá e preciso de uma conta para o ordenado.",
                            "Aqui tem o meu passaporte e o contrato de arrendamento.",
                            "Que outros documentos são precisos?",
                            "Há alguma comissão de manutenção?",
                        ],
                        "opening": "Bom dia, sente-se, por favor. Em que posso ser útil hoje?",
                        "hint": (
                            "Explique o que precisa e porquê: «Queria abrir uma conta à ordem, porque comecei agora a "
                            "trabalhar cá.»"
                        ),
                    },
                },
            },
            {
                "name": "Services",
                "goal": "Ask about the card, online banking and fees that come with the account.",
                "objectives": [
                    "Ask about a debit or credit card",
                    "Ask about online or mobile banking",
                    "Ask about fees and limits",
                ],
                "success_criteria": "The learner has asked about at least two services and understood their costs.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la tarjeta de débito",
                            "la banca en línea",
                            "la comisión",
                            "el límite",
                            "la aplicación",
                            "el cajero automático",
                            "gratuito",
                        ],
                        "phrases": [
                            "¿La tarjeta de débito es gratuita?",
                            "¿Puedo gestionar la cuenta desde el móvil?",
                            "¿Cuánto cuesta sacar dinero en otros cajeros?",
                            "¿Cuál es el límite diario de la tarjeta?",
                            "¿Cuándo me llegará la tarjeta?",
                        ],
                        "opening": (
                            "Perfecto, la cuenta ya está abierta. ¿Quiere que le explique los servicios que incluye?"
                        ),
                        "hint": (
                            "Pregunta por las comisiones: «¿Cuánto cuesta sacar dinero en cajeros de otros bancos?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la carte bancaire",
                            "la banque en ligne",
                            "les frais",
                            "le plafond",
                            "l'application",
                            "le distributeur",
                            "gratuit",
                        ],
                        "phrases": [
                            "La carte bancaire est gratuite ?",
                            "Je peux gérer mon compte depuis mon portable ?",
                            "Combien coûte un retrait dans un autre distributeur ?",
                            "Quel est le plafond de retrait par jour ?",
                            "Quand est-ce que je vais recevoir ma carte ?",
                        ],
                        "opening": (
                            "Parfait, votre compte est ouvert. Vous voulez que je vous présente les services inclus ?"
                        ),
                        "hint": (
                            "Posez une question sur les frais : « Combien coûte un retrait au distributeur d'une autre "
                            "banque ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Bankkarte",
                            "das Onlinebanking",
                            "die Gebühr",
                            "das Limit",
                            "die App",
                            "der Geldautomat",
                            "kostenlos",
                        ],
                        "phrases": [
                            "Ist die Bankkarte kostenlos?",
                            "Kann ich mein Konto auch mit dem Handy verwalten?",
                            "Was kostet das Abheben an fremden Geldautomaten?",
                            "Wie hoch ist das Tageslimit der Karte?",
                            "Wann bekomme ich die Karte?",
                        ],
                        "opening": (
                            "Perfekt, Ihr Konto ist eröffnet. Soll ich Ihnen erklären, welche Leistungen dazugehören?"
                        ),
                        "hint": (
                            "Fragen Sie nach den Gebühren: „Was kostet es, an Geldautomaten anderer Banken Geld "
                            "abzuheben?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il bancomat",
                            "l'home banking",
                            "la commissione",
                            "il limite",
                            "l'app",
                            "lo sportello automatico",
                            "gratuito",
                        ],
                        "phrases": [
                            "Il bancomat è gratuito?",
                            "Posso gestire il conto dal cellulare?",
                            "Quanto costa prelevare da altre banche?",
                            "Qual è il limite giornaliero della carta?",
                            "Quando mi arriva la carta?",
                        ],
                        "opening": "Perfetto, il conto è aperto. Vuole che le spieghi i servizi inclusi?",
                        "hint": "Chiedi delle commissioni: «Quanto costa prelevare allo sportello di un'altra banca?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o cartão de débito",
                            "o homebanking",
                            "a comissão",
                            "o limite",
                            "a aplicação",
                            "o multibanco",
                            "gratuito",
                        ],
                        "phrases": [
                            "O cartão de débito é gratuito?",
                            "Posso gerir a conta pelo telemóvel?",
                            "Quanto custa levantar dinheiro noutros bancos?",
                            "Qual é o limite diário do cartão?",
                            "Quando é que recebo o cartão?",
                        ],
                        "opening": "Perfeito, a conta já está aberta. Quer que lhe explique os serviços incluídos?",
                        "hint": (
                            "Pergunte pelas comissões: «Quanto custa levantar dinheiro num multibanco de outro banco?»"
                        ),
                    },
                },
            },
            {
                "name": "A transaction",
                "goal": "Make a transfer or a cash transaction at the counter.",
                "objectives": [
                    "Say what transaction you want to make",
                    "Give the amount and the recipient's details",
                    "Check the fee and when the money will arrive",
                ],
                "success_criteria": (
                    "The learner has given the type of transaction, the amount and the details, and asked when it will "
                    "arrive."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la transferencia",
                            "el IBAN",
                            "el importe",
                            "el beneficiario",
                            "ingresar",
                            "sacar",
                            "el concepto",
                        ],
                        "phrases": [
                            "Quisiera hacer una transferencia.",
                            "El importe es de quinientos euros.",
                            "Aquí tiene el IBAN del beneficiario.",
                            "¿Cuándo llegará el dinero?",
                            "¿Me cobran alguna comisión por esto?",
                        ],
                        "opening": "Muy bien. ¿Quiere hacer alguna operación hoy mismo?",
                        "hint": (
                            "Di qué operación quieres hacer: «Quisiera hacer una transferencia de quinientos euros a "
                            "esta cuenta.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le virement",
                            "l'IBAN",
                            "le montant",
                            "le bénéficiaire",
                            "déposer",
                            "retirer",
                            "le motif",
                        ],
                        "phrases": [
                            "Je voudrais faire un virement.",
                            "Le montant est de cinq cents euros.",
                            "Voici l'IBAN du bénéficiaire.",
                            "Quand est-ce que l'argent arrivera ?",
                            "Il y a des frais pour ça ?",
                        ],
                        "opening": "Très bien. Vous voulez faire une opération aujourd'hui ?",
                        "hint": (
                            "Dites quelle opération vous voulez faire : « Je voudrais faire un virement de cinq cents "
                            "euros sur ce compte. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Überweisung",
                            "die IBAN",
                            "der Betrag",
                            "der Empfänger",
                            "einzahlen",
                            "abheben",
                            "der Verwendungszweck",
                        ],
                        "phrases": [
                            "Ich möchte eine Überweisung machen.",
                            "Der Betrag ist fünfhundert Euro.",
                            "Hier ist die IBAN des Empfängers.",
                            "Wann kommt das Geld an?",
                            "Kostet das eine Gebühr?",
                        ],
                        "opening": "Sehr gut. Möchten Sie heute noch etwas erledigen?",
                        "hint": (
                            "Sagen Sie, was Sie erledigen möchten: „Ich möchte fünfhundert Euro auf dieses Konto "
                            "überweisen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il bonifico",
                            "l'IBAN",
                            "l'importo",
                            "il beneficiario",
                            "versare",
                            "prelevare",
                            "la causale",
                        ],
                        "phrases": [
                            "Vorrei fare un bonifico.",
                            "L'importo è di cinquecento euro.",
                            "Ecco l'IBAN del beneficiario.",
                            "Quando arriveranno i soldi?",
                            "C'è una commissione?",
                        ],
                        "opening": "Benissimo. Vuole fare qualche operazione oggi stesso?",
                        "hint": (
                            "Di' che operazione vuoi fare: «Vorrei fare un bonifico di cinquecento euro su questo "
                            "conto.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a transferência",
                            "o IBAN",
                            "o montante",
                            "o beneficiário",
                            "depositar",
                            "levantar",
                            "o descritivo",
                        ],
                        "phrases": [
                            "Queria fazer uma transferência.",
                            "O montante é de quinhentos euros.",
                            "Aqui tem o IBAN do beneficiário.",
                            "Quando é que o dinheiro chega?",
                            "Cobram alguma comissão por isto?",
                        ],
                        "opening": "Muito bem. Quer fazer alguma operação hoje?",
                        "hint": (
                            "Diga que operação quer fazer: «Queria fazer uma transferência de quinhentos euros para "
                            "esta conta.»"
                        ),
                    },
                },
            },
            {
                "name": "Security questions",
                "goal": "Answer the bank's security questions and set up safe access to your account.",
                "objectives": [
                    "Confirm your identity with personal details",
                    "Choose or change a PIN or password",
                    "Ask what to do if your card is lost or there is fraud",
                ],
                "success_criteria": (
                    "The learner has confirmed their identity, set up access and asked what to do in case of loss or "
                    "fraud."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el PIN",
                            "la contraseña",
                            "la seguridad",
                            "el fraude",
                            "bloquear",
                            "el código",
                            "confirmar",
                        ],
                        "phrases": [
                            "Mi fecha de nacimiento es el doce de marzo de mil novecientos noventa.",
                            "¿Tengo que cambiar el PIN?",
                            "¿Qué hago si pierdo la tarjeta?",
                            "¿Cómo puedo bloquear la tarjeta?",
                            "Me ha llegado un código por SMS.",
                        ],
                        "opening": (
                            "Antes de terminar, tengo que hacerle unas preguntas de seguridad. ¿Me confirma su fecha "
                            "de nacimiento?"
                        ),
                        "hint": (
                            "Pregunta qué hacer en caso de problema: «¿Qué tengo que hacer si pierdo la tarjeta o me "
                            "la roban?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le code confidentiel",
                            "le mot de passe",
                            "la sécurité",
                            "la fraude",
                            "bloquer",
                            "le SMS",
                            "confirmer",
                        ],
                        "phrases": [
                            "Ma date de naissance est le douze mars mille neuf cent quatre-vingt-dix.",
                            "Je dois changer mon code ?",
                            "Qu'est-ce que je fais si je perds ma carte ?",
                            "Comment est-ce que je peux faire opposition sur ma carte ?",
                            "J'ai reçu un code par SMS.",
                        ],
                        "opening": (
                            "Avant de terminer, je dois vous poser quelques questions de sécurité. Vous pouvez me "
                            "confirmer votre date de naissance ?"
                        ),
                        "hint": (
                            "Demandez quoi faire en cas de problème : « Qu'est-ce que je dois faire si je perds ma "
                            "carte ou si on me la vole ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die PIN",
                            "das Passwort",
                            "die Sicherheit",
                            "der Betrug",
                            "sperren",
                            "der Code",
                            "bestätigen",
                        ],
                        "phrases": [
                            "Mein Geburtsdatum ist der zwölfte März neunzehnhundertneunzig.",
                            "Muss ich die PIN ändern?",
                            "Was mache ich, wenn ich die Karte verliere?",
                            "Wie kann ich die Karte sperren lassen?",
                            "Ich habe einen Code per SMS bekommen.",
                        ],
                        "opening": (
                            "Bevor wir fertig sind, muss ich Ihnen noch ein paar Sicherheitsfragen stellen. Können Sie "
                            "mir Ihr Geburtsdatum bestätigen?"
                        ),
                        "hint": (
                            "Fragen Sie, was im Notfall zu tun ist: „Was muss ich tun, wenn ich die Karte verliere "
                            "oder sie gestohlen wird?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il PIN",
                            "la password",
                            "la sicurezza",
                            "la frode",
                            "bloccare",
                            "il codice",
                            "confermare",
                        ],
                        "phrases": [
                            "La mia data di nascita è il dodici marzo millenovecentonovanta.",
                            "Devo cambiare il PIN?",
                            "Che cosa faccio se perdo la carta?",
                            "Come posso bloccare la carta?",
                            "Mi è arrivato un codice via SMS.",
                        ],
                        "opening": (
                            "Prima di finire, devo farle alcune domande di sicurezza. Mi conferma la sua data di "
                            "nascita?"
                        ),
                        "hint": (
                            "Chiedi che cosa fare in caso di problemi: «Che cosa devo fare se perdo la carta o me la "
                            "rubano?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o PIN",
                            "a palavra-passe",
                            "a segurança",
                            "a fraude",
                            "bloquear",
                            "o código",
                            "confirmar",
                        ],
                        "phrases": [
                            "A minha data de nascimento é doze de março de mil novecentos e noventa.",
                            "Tenho de mudar o PIN?",
                            "O que faço se perder o cartão?",
                            "Como é que posso bloquear o cartão?",
                            "Recebi um código por SMS.",
                        ],
                        "opening": (
                            "Antes de terminarmos, tenho de lhe fazer algumas perguntas de segurança. Pode "
                            "confirmar-me a sua data de nascimento?"
                        ),
                        "hint": (
                            "Pergunte o que fazer em caso de problema: «O que é que tenho de fazer se perder o cartão "
                            "ou se mo roubarem?»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "at-the-dentist",
        "title": "At the dentist",
        "category": "healthcare",
        "level_min": "A2",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": "A patient with a painful tooth who needs to see a dentist soon.",
        "tutor_role": "The dental receptionist on the phone, then the dentist in the surgery.",
        "setting": (
            "A dental practice in a quiet residential street. You call in the morning because a back tooth has hurt "
            "for two days, and you get an appointment for the same afternoon."
        ),
        "cultural_notes": (
            "Dental care is often only partly covered by public health insurance, so it is normal to ask about the "
            "price before treatment. Practices usually ask you to arrive a few minutes early to fill in a form about "
            "your health. If you cannot come, cancel at least a day in advance, as some practices charge for missed "
            "appointments."
        ),
        "learning_goals": [
            "Make an urgent appointment by phone",
            "Describe dental pain and answer the dentist's questions",
            "Understand treatment and aftercare instructions and ask about the cost",
        ],
        "phases": [
            {
                "name": "Book",
                "goal": "Call the practice and get an appointment as soon as possible.",
                "objectives": [
                    "Say what the problem is",
                    "Ask for an appointment soon",
                    "Confirm the time and give your name",
                ],
                "success_criteria": (
                    "The learner has explained the problem, accepted an appointment and given their name."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la cita",
                            "el dentista",
                            "la muela",
                            "doler",
                            "urgente",
                            "la clínica dental",
                            "esta tarde",
                        ],
                        "phrases": [
                            "Quería pedir cita con el dentista.",
                            "Me duele mucho una muela.",
                            "¿Tienen algo para hoy?",
                            "Sí, a las cinco me va bien.",
                            "Me llamo Alex Martín.",
                        ],
                        "opening": "Clínica dental Sonrisa, buenos días, ¿en qué puedo ayudarle?",
                        "hint": (
                            "Explica el problema y pide cita: «Me duele mucho una muela. ¿Tienen una cita para hoy?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le rendez-vous",
                            "le dentiste",
                            "la dent",
                            "avoir mal",
                            "urgent",
                            "le cabinet dentaire",
                            "cet après-midi",
                        ],
                        "phrases": [
                            "Je voudrais prendre rendez-vous chez le dentiste.",
                            "J'ai très mal à une dent.",
                            "Vous avez quelque chose pour aujourd'hui ?",
                            "Oui, dix-sept heures, ça me va.",
                            "Je m'appelle Alex Martin.",
                        ],
                        "opening": "Cabinet dentaire, bonjour, je vous écoute.",
                        "hint": (
                            "Expliquez le problème et demandez un rendez-vous : « J'ai très mal à une dent. Vous avez "
                            "un rendez-vous aujourd'hui ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Termin",
                            "der Zahnarzt",
                            "der Zahn",
                            "wehtun",
                            "dringend",
                            "die Zahnarztpraxis",
                            "heute Nachmittag",
                        ],
                        "phrases": [
                            "Ich hätte gern einen Termin beim Zahnarzt.",
                            "Ich habe starke Zahnschmerzen.",
                            "Haben Sie heute noch etwas frei?",
                            "Ja, um siebzehn Uhr passt mir gut.",
                            "Mein Name ist Alex Schmidt.",
                        ],
                        "opening": "Zahnarztpraxis Dr. Weber, guten Morgen, was kann ich für Sie tun?",
                        "hint": (
                            "Erklären Sie das Problem und bitten Sie um einen Termin: „Ich habe starke Zahnschmerzen. "
                            "Haben Sie heute noch einen Termin frei?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'appuntamento",
                            "il dentista",
                            "il dente",
                            "fare male",
                            "urgente",
                            "lo studio dentistico",
                            "oggi pomeriggio",
                        ],
                        "phrases": [
                            "Vorrei prendere un appuntamento con il dentista.",
                            "Mi fa molto male un dente.",
                            "Avete qualcosa per oggi?",
                            "Sì, alle cinque va bene.",
                            "Mi chiamo Alex Bianchi.",
                        ],
                        "opening": "Studio dentistico, buongiorno, mi dica.",
                        "hint": (
                            "Spiega il problema e chiedi un appuntamento: «Mi fa molto male un dente. Avete un "
                            "appuntamento per oggi?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a consulta",
                            "o dentista",
                            "o dente",
                            "doer",
                            "urgente",
                            "a clínica dentária",
                            "hoje à tarde",
                        ],
                        "phrases": [
                            "Queria marcar uma consulta no dentista.",
                            "Dói-me muito um dente.",
                            "Têm alguma vaga para hoje?",
                            "Sim, às cinco dá-me jeito.",
                            "Chamo-me Alex Silva.",
                        ],
                        "opening": "Clínica dentária, bom dia, em que posso ajudar?",
                        "hint": (
                            "Explique o problema e peça uma consulta: «Dói-me muito um dente. Têm alguma vaga para "
                            "hoje?»"
                        ),
                    },
                },
            },
            {
                "name": "Check-up",
                "goal": "Describe the pain to the dentist and answer questions during the check-up.",
                "objectives": [
                    "Say which tooth hurts and since when",
                    "Say what makes the pain worse",
                    "Answer questions about bleeding or fear",
                ],
                "success_criteria": (
                    "The learner has described where and when it hurts and answered the dentist's questions."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la muela",
                            "la encía",
                            "el frío",
                            "el dolor",
                            "masticar",
                            "la radiografía",
                            "sensible",
                        ],
                        "phrases": [
                            "Me duele esta muela de abajo, a la izquierda.",
                            "Me duele desde hace dos días.",
                            "Me duele más cuando bebo algo frío.",
                            "Me sangran un poco las encías.",
                            "Me dan un poco de miedo los dentistas.",
                        ],
                        "opening": "Buenas tardes, siéntese aquí. ¿Qué diente le duele?",
                        "hint": (
                            "Di dónde te duele y cuándo: «Me duele esta muela de abajo, sobre todo cuando bebo algo "
                            "frío.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la dent",
                            "la gencive",
                            "le froid",
                            "la douleur",
                            "mâcher",
                            "la radio",
                            "sensible",
                        ],
                        "phrases": [
                            "J'ai mal à cette dent en bas, à gauche.",
                            "J'ai mal depuis deux jours.",
                            "Ça fait plus mal quand je bois quelque chose de froid.",
                            "Mes gencives saignent un peu.",
                            "J'ai un peu peur du dentiste.",
                        ],
                        "opening": "Bonjour, installez-vous. Quelle dent vous fait mal ?",
                        "hint": (
                            "Dites où et quand vous avez mal : « J'ai mal à cette dent en bas, surtout quand je bois "
                            "quelque chose de froid. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Backenzahn",
                            "das Zahnfleisch",
                            "die Kälte",
                            "der Schmerz",
                            "kauen",
                            "das Röntgenbild",
                            "empfindlich",
                        ],
                        "phrases": [
                            "Dieser Backenzahn unten links tut weh.",
                            "Es tut seit zwei Tagen weh.",
                            "Bei kalten Getränken tut es mehr weh.",
                            "Mein Zahnfleisch blutet ein bisschen.",
                            "Ich habe ein bisschen Angst vor dem Zahnarzt.",
                        ],
                        "opening": "Guten Tag, nehmen Sie bitte Platz. Welcher Zahn tut Ihnen weh?",
                        "hint": (
                            "Sagen Sie, wo und wann es wehtut: „Der Backenzahn unten links tut weh, vor allem bei "
                            "kalten Getränken.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il molare",
                            "la gengiva",
                            "il freddo",
                            "il dolore",
                            "masticare",
                            "la radiografia",
                            "sensibile",
                        ],
                        "phrases": [
                            "Mi fa male questo molare in basso a sinistra.",
                            "Mi fa male da due giorni.",
                            "Fa più male quando bevo qualcosa di freddo.",
                            "Le gengive mi sanguinano un po'.",
                            "Ho un po' paura del dentista.",
                        ],
                        "opening": "Buongiorno, si accomodi. Quale dente le fa male?",
                        "hint": (
                            "Di' dove e quando ti fa male: «Mi fa male questo molare in basso, soprattutto quando bevo "
                            "qualcosa di freddo.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": ["o dente", "a gengiva", "o frio", "a dor", "mastigar", "o raio-x", "sensível"],
                        "phrases": [
                            "Dói-me este dente de baixo, do lado esquerdo.",
                            "Dói-me há dois dias.",
                            "Dói mais quando bebo alguma coisa fria.",
                            "As gengivas sangram um bocadinho.",
                            "Tenho um bocado de medo do dentista.",
                        ],
                        "opening": "Boa tarde, sente-se aqui. Qual é o dente que lhe dói?",
                        "hint": (
                            "Diga onde e quando lhe dói: «Dói-me este dente de baixo, sobretudo quando bebo alguma "
                            "coisa fria.»"
                        ),
                    },
                },
            },
            {
                "name": "Treatment",
                "goal": "Understand the treatment the dentist proposes and ask about it.",
                "objectives": [
                    "Understand what the dentist will do",
                    "Ask whether it will hurt",
                    "Ask how much it costs or how long it takes",
                ],
                "success_criteria": (
                    "The learner has understood the treatment and asked about pain and about the cost or duration."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la caries",
                            "el empaste",
                            "la anestesia",
                            "el tratamiento",
                            "costar",
                            "la sesión",
                            "sacar",
                        ],
                        "phrases": [
                            "¿Me va a doler?",
                            "¿Me pone anestesia?",
                            "¿Cuánto cuesta el empaste?",
                            "¿Cuánto tiempo va a tardar?",
                            "¿Hace falta sacar la muela?",
                        ],
                        "opening": "Tiene una caries bastante grande. Le voy a hacer un empaste hoy mismo.",
                        "hint": "Pregunta por el dolor y el precio: «¿Me va a doler? ¿Y cuánto cuesta el empaste?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la carie",
                            "le plombage",
                            "l'anesthésie",
                            "le soin",
                            "coûter",
                            "la séance",
                            "arracher",
                        ],
                        "phrases": [
                            "Est-ce que ça va faire mal ?",
                            "Vous allez m'anesthésier ?",
                            "Combien coûte le plombage ?",
                            "Ça va prendre combien de temps ?",
                            "Il faut arracher la dent ?",
                        ],
                        "opening": "Vous avez une carie assez importante. Je vais vous faire un plombage aujourd'hui.",
                        "hint": (
                            "Posez une question sur la douleur et le prix : « Est-ce que ça va faire mal ? Et combien "
                            "coûte le plombage ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Karies",
                            "die Füllung",
                            "die Spritze",
                            "die Behandlung",
                            "kosten",
                            "die Sitzung",
                            "ziehen",
                        ],
                        "phrases": [
                            "Tut das weh?",
                            "Bekomme ich eine Spritze?",
                            "Was kostet die Füllung?",
                            "Wie lange dauert die Behandlung?",
                            "Muss der Zahn gezogen werden?",
                        ],
                        "opening": (
                            "Sie haben ein ziemlich großes Loch im Zahn. Ich mache Ihnen heute gleich eine Füllung."
                        ),
                        "hint": "Fragen Sie nach Schmerzen und Kosten: „Tut das weh? Und was kostet die Füllung?“",
                    },
                    "it": {
                        "vocabulary": [
                            "la carie",
                            "l'otturazione",
                            "l'anestesia",
                            "la cura",
                            "costare",
                            "la seduta",
                            "togliere",
                        ],
                        "phrases": [
                            "Mi farà male?",
                            "Mi fa l'anestesia?",
                            "Quanto costa l'otturazione?",
                            "Quanto tempo ci vuole?",
                            "Bisogna togliere il dente?",
                        ],
                        "opening": "Ha una carie piuttosto grande. Le faccio un'otturazione oggi stesso.",
                        "hint": "Chiedi del dolore e del prezzo: «Mi farà male? E quanto costa l'otturazione?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a cárie",
                            "a obturação",
                            "a anestesia",
                            "o tratamento",
                            "custar",
                            "a sessão",
                            "arrancar",
                        ],
                        "phrases": [
                            "Vai doer?",
                            "Vai dar-me anestesia?",
                            "Quanto custa a obturação?",
                            "Quanto tempo vai demorar?",
                            "É preciso arrancar o dente?",
                        ],
                        "opening": "Tem uma cárie bastante grande. Vou fazer-lhe uma obturação hoje mesmo.",
                        "hint": "Pergunte pela dor e pelo preço: «Vai doer? E quanto custa a obturação?»",
                    },
                },
            },
            {
                "name": "Aftercare",
                "goal": "Understand what to do after the treatment and book a follow-up if needed.",
                "objectives": [
                    "Understand when you can eat and drink",
                    "Ask what to do if it still hurts",
                    "Book or decline a follow-up appointment",
                ],
                "success_criteria": (
                    "The learner has repeated the main instruction, asked a question and agreed on a follow-up."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "comer",
                            "beber",
                            "el analgésico",
                            "la revisión",
                            "cepillarse",
                            "el hilo dental",
                            "evitar",
                        ],
                        "phrases": [
                            "¿Cuándo puedo comer?",
                            "¿Qué hago si me sigue doliendo?",
                            "¿Puedo tomar un analgésico?",
                            "¿Tengo que volver para una revisión?",
                            "Muchas gracias por todo.",
                        ],
                        "opening": "Ya está. Durante dos horas no coma nada, ¿de acuerdo?",
                        "hint": "Pregunta qué hacer si sigue doliendo: «¿Qué hago si esta noche me sigue doliendo?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "manger",
                            "boire",
                            "l'antidouleur",
                            "le contrôle",
                            "se brosser les dents",
                            "le fil dentaire",
                            "éviter",
                        ],
                        "phrases": [
                            "Quand est-ce que je peux manger ?",
                            "Qu'est-ce que je fais si j'ai encore mal ?",
                            "Je peux prendre un antidouleur ?",
                            "Je dois revenir pour un contrôle ?",
                            "Merci beaucoup pour tout.",
                        ],
                        "opening": "Voilà, c'est fini. Ne mangez rien pendant deux heures, d'accord ?",
                        "hint": (
                            "Demandez quoi faire si la douleur continue : « Qu'est-ce que je fais si j'ai encore mal "
                            "ce soir ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "essen",
                            "trinken",
                            "das Schmerzmittel",
                            "die Kontrolle",
                            "Zähne putzen",
                            "die Zahnseide",
                            "vermeiden",
                        ],
                        "phrases": [
                            "Wann darf ich wieder essen?",
                            "Was mache ich, wenn es noch wehtut?",
                            "Darf ich ein Schmerzmittel nehmen?",
                            "Muss ich zur Kontrolle wiederkommen?",
                            "Vielen Dank für alles.",
                        ],
                        "opening": "So, fertig. Bitte essen Sie zwei Stunden lang nichts, ja?",
                        "hint": (
                            "Fragen Sie, was Sie bei Schmerzen tun sollen: „Was mache ich, wenn es heute Abend noch "
                            "wehtut?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "mangiare",
                            "bere",
                            "l'antidolorifico",
                            "il controllo",
                            "lavarsi i denti",
                            "il filo interdentale",
                            "evitare",
                        ],
                        "phrases": [
                            "Quando posso mangiare?",
                            "Che cosa faccio se mi fa ancora male?",
                            "Posso prendere un antidolorifico?",
                            "Devo tornare per un controllo?",
                            "Grazie mille di tutto.",
                        ],
                        "opening": "Ecco fatto. Per due ore non mangi niente, va bene?",
                        "hint": (
                            "Chiedi che cosa fare se il dolore continua: «Che cosa faccio se stasera mi fa ancora "
                            "male?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "comer",
                            "beber",
                            "o analgésico",
                            "a consulta de controlo",
                            "lavar os dentes",
                            "o fio dentário",
                            "evitar",
                        ],
                        "phrases": [
                            "Quando é que posso comer?",
                            "O que faço se continuar a doer?",
                            "Posso tomar um analgésico?",
                            "Tenho de voltar para uma consulta de controlo?",
                            "Muito obrigado por tudo.",
                        ],
                        "opening": "Pronto, já está. Não coma nada durante duas horas, está bem?",
                        "hint": "Pergunte o que fazer se continuar a doer: «O que faço se hoje à noite ainda me doer?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "meeting-new-neighbours",
        "title": "Meeting new neighbours",
        "category": "social",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 12,
        "learner_role": "Someone who has just moved into a flat and meets a neighbour on the stairs.",
        "tutor_role": "A friendly neighbour who has lived in the building for years.",
        "setting": (
            "The staircase of a small apartment building on a Saturday morning. You are carrying boxes up to your new "
            "flat when the neighbour from across the landing opens the door."
        ),
        "cultural_notes": (
            "Greeting neighbours in the stairwell or the lift is expected, even if you do not know them well. In some "
            "countries neighbours start with the polite form of address and only switch to the familiar one later, "
            "while in others the familiar form is normal straight away. House rules about quiet hours, sorting rubbish "
            "and shared spaces are common, so it is worth asking about them."
        ),
        "learning_goals": [
            "Greet a neighbour and introduce yourself",
            "Ask about shops, transport and services nearby",
            "Talk about your interests and exchange contact details",
        ],
        "phases": [
            {
                "name": "Greet",
                "goal": "Greet your new neighbour and introduce yourself.",
                "objectives": [
                    "Say hello and give your name",
                    "Say which flat you live in",
                    "Say where you come from or why you moved",
                ],
                "success_criteria": (
                    "The learner has greeted the neighbour, given their name and said which flat is theirs."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el vecino",
                            "el piso",
                            "mudarse",
                            "la planta",
                            "presentarse",
                            "nuevo",
                            "la puerta",
                        ],
                        "phrases": [
                            "Soy Alex. Acabo de mudarme al tercero B.",
                            "Vivo en la puerta de enfrente.",
                            "Soy de Canadá, pero trabajo aquí.",
                            "¡Mucho gusto!",
                            "¿Y tú cómo te llamas?",
                        ],
                        "opening": "¡Hola! ¿Te acabas de mudar al tercero B? Yo soy Carmen.",
                        "hint": "Preséntate: «¡Hola, Carmen! Yo soy Alex. Acabo de mudarme al tercero B.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le voisin",
                            "l'appartement",
                            "emménager",
                            "l'étage",
                            "se présenter",
                            "nouveau",
                            "le palier",
                        ],
                        "phrases": [
                            "Bonjour ! Je m'appelle Alex, je viens d'emménager.",
                            "J'habite au troisième, la porte en face.",
                            "Je viens du Canada, mais je travaille ici.",
                            "C'est un plaisir de vous rencontrer.",
                            "Et vous, vous vous appelez comment ?",
                        ],
                        "opening": "Bonjour ! Vous venez d'emménager au troisième ? Moi, c'est Claire, votre voisine.",
                        "hint": (
                            "Présentez-vous : « Bonjour, Claire ! Je m'appelle Alex, je viens d'emménager au "
                            "troisième. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Nachbar",
                            "die Wohnung",
                            "einziehen",
                            "der Stock",
                            "sich vorstellen",
                            "neu",
                            "das Treppenhaus",
                        ],
                        "phrases": [
                            "Guten Morgen! Ich heiße Alex und bin gerade eingezogen.",
                            "Ich wohne im dritten Stock, gegenüber.",
                            "Ich komme aus Kanada, aber ich arbeite hier.",
                            "Freut mich, Sie kennenzulernen!",
                            "Und wie heißen Sie?",
                        ],
                        "opening": (
                            "Guten Morgen! Sind Sie gerade in den dritten Stock eingezogen? Ich bin Frau Becker, Ihre "
                            "Nachbarin."
                        ),
                        "hint": (
                            "Stellen Sie sich vor: „Guten Morgen, Frau Becker! Ich heiße Alex und bin gerade in den "
                            "dritten Stock eingezogen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il vicino",
                            "l'appartamento",
                            "trasferirsi",
                            "il piano",
                            "presentarsi",
                            "nuovo",
                            "il pianerottolo",
                        ],
                        "phrases": [
                            "Buongiorno! Mi chiamo Alex e abito qui da oggi.",
                            "Abito al terzo piano, la porta di fronte.",
                            "Vengo dal Canada, ma lavoro qui.",
                            "Piacere di conoscerla!",
                            "E lei come si chiama?",
                        ],
                        "opening": "Buongiorno! Abita al terzo piano da oggi? Io sono la signora Ferri, la sua vicina.",
                        "hint": (
                            "Presentati: «Buongiorno, signora Ferri! Mi chiamo Alex e abito al terzo piano da oggi.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o vizinho",
                            "o apartamento",
                            "mudar-se",
                            "o andar",
                            "apresentar-se",
                            "novo",
                            "o patamar",
                        ],
                        "phrases": [
                            "Bom dia! Chamo-me Alex e mudei-me hoje para cá.",
                            "Moro no terceiro andar, na porta em frente.",
                            "Sou do Canadá, mas trabalho cá.",
                            "Muito prazer!",
                            "E como é que se chama?",
                        ],
                        "opening": "Bom dia! Mudou-se agora para o terceiro andar? Eu sou a Dona Rosa, a sua vizinha.",
                        "hint": (
                            "Apresente-se: «Bom dia, Dona Rosa! Chamo-me Alex e mudei-me hoje para o terceiro andar.»"
                        ),
                    },
                },
            },
            {
                "name": "The area",
                "goal": "Ask your neighbour about shops, transport and services in the area.",
                "objectives": [
                    "Ask where to find a shop or service",
                    "Ask about public transport",
                    "Ask about a house rule such as rubbish or quiet hours",
                ],
                "success_criteria": "The learner has asked about at least two places or services and one house rule.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el barrio",
                            "el supermercado",
                            "la parada",
                            "el metro",
                            "la basura",
                            "cerca",
                            "la panadería",
                        ],
                        "phrases": [
                            "¿Hay un supermercado cerca?",
                            "¿Dónde está la parada de autobús?",
                            "¿Dónde se tira la basura?",
                            "¿Es un barrio tranquilo?",
                            "¿A qué hora abre la panadería?",
                        ],
                        "opening": "¿Ya conoces un poco el barrio? Si necesitas algo, pregúntame.",
                        "hint": "Pregunta por el barrio: «¿Hay un supermercado cerca? ¿Y dónde se tira la basura?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le quartier",
                            "le supermarché",
                            "l'arrêt",
                            "le métro",
                            "la poubelle",
                            "près",
                            "la boulangerie",
                        ],
                        "phrases": [
                            "Il y a un supermarché près d'ici ?",
                            "Où est l'arrêt de bus ?",
                            "Où est-ce qu'on met les poubelles ?",
                            "C'est un quartier calme ?",
                            "La boulangerie ouvre à quelle heure ?",
                        ],
                        "opening": (
                            "Vous connaissez déjà un peu le quartier ? Si vous avez besoin de quelque chose, n'hésitez "
                            "pas."
                        ),
                        "hint": (
                            "Posez des questions sur le quartier : « Il y a un supermarché près d'ici ? Et où est-ce "
                            "qu'on met les poubelles ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Viertel",
                            "der Supermarkt",
                            "die Haltestelle",
                            "die U-Bahn",
                            "der Müll",
                            "in der Nähe",
                            "die Bäckerei",
                        ],
                        "phrases": [
                            "Gibt es hier in der Nähe einen Supermarkt?",
                            "Wo ist die Bushaltestelle?",
                            "Wo kommt der Müll hin?",
                            "Ist das Viertel ruhig?",
                            "Wann macht die Bäckerei auf?",
                        ],
                        "opening": (
                            "Kennen Sie das Viertel schon ein bisschen? Wenn Sie etwas brauchen, fragen Sie ruhig."
                        ),
                        "hint": (
                            "Fragen Sie nach der Umgebung: „Gibt es hier in der Nähe einen Supermarkt? Und wo kommt "
                            "der Müll hin?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il quartiere",
                            "il supermercato",
                            "la fermata",
                            "la metropolitana",
                            "la spazzatura",
                            "vicino",
                            "il panificio",
                        ],
                        "phrases": [
                            "C'è un supermercato qui vicino?",
                            "Dov'è la fermata dell'autobus?",
                            "Dove si butta la spazzatura?",
                            "È un quartiere tranquillo?",
                            "A che ora apre il panificio?",
                        ],
                        "opening": "Conosce già un po' il quartiere? Se le serve qualcosa, chieda pure.",
                        "hint": (
                            "Chiedi del quartiere: «C'è un supermercato qui vicino? E dove si butta la spazzatura?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o bairro",
                            "o supermercado",
                            "a paragem",
                            "o metro",
                            "o lixo",
                            "perto",
                            "a padaria",
                        ],
                        "phrases": [
                            "Há algum supermercado aqui perto?",
                            "Onde fica a paragem do autocarro?",
                            "Onde é que se deita o lixo?",
                            "É um bairro sossegado?",
                            "A que horas abre a padaria?",
                        ],
                        "opening": "Já conhece um bocadinho o bairro? Se precisar de alguma coisa, é só dizer.",
                        "hint": (
                            "Pergunte pelo bairro: «Há algum supermercado aqui perto? E onde é que se deita o lixo?»"
                        ),
                    },
                },
            },
            {
                "name": "Interests",
                "goal": "Chat about your work, family or hobbies and find something in common.",
                "objectives": [
                    "Say something about your work or family",
                    "Talk about a hobby",
                    "Ask a question about the neighbour's interests",
                ],
                "success_criteria": (
                    "The learner has shared something personal and asked about the neighbour's interests."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "trabajar",
                            "la familia",
                            "el jardín",
                            "cocinar",
                            "el perro",
                            "pasear",
                            "gustar",
                        ],
                        "phrases": [
                            "Trabajo en una oficina en el centro.",
                            "Me gusta mucho cocinar.",
                            "Los fines de semana salgo a correr.",
                            "¿Ese perro es tuyo?",
                            "¿Y a ti qué te gusta hacer?",
                        ],
                        "opening": "¿Y a qué te dedicas? ¿Has venido por trabajo?",
                        "hint": (
                            "Habla de ti y pregunta: «Trabajo en una oficina y me encanta cocinar. ¿Y a ti qué te "
                            "gusta hacer?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "travailler",
                            "la famille",
                            "le jardin",
                            "cuisiner",
                            "le chien",
                            "se promener",
                            "aimer",
                        ],
                        "phrases": [
                            "Je travaille dans un bureau au centre-ville.",
                            "J'aime beaucoup cuisiner.",
                            "Le week-end, je vais courir.",
                            "C'est votre chien ?",
                            "Et vous, qu'est-ce que vous aimez faire ?",
                        ],
                        "opening": "Et vous faites quoi dans la vie ? Vous êtes ici pour le travail ?",
                        "hint": (
                            "Parlez de vous et posez une question : « Je travaille dans un bureau et j'adore cuisiner. "
                            "Et vous, qu'est-ce que vous aimez faire ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "arbeiten",
                            "die Familie",
                            "der Garten",
                            "kochen",
                            "der Hund",
                            "spazieren gehen",
                            "gern",
                        ],
                        "phrases": [
                            "Ich arbeite in einem Büro im Zentrum.",
                            "Ich koche sehr gern.",
                            "Am Wochenende gehe ich joggen.",
                            "Ist das Ihr Hund?",
                            "Und was machen Sie gern in Ihrer Freizeit?",
                        ],
                        "opening": "Und was machen Sie beruflich? Sind Sie wegen der Arbeit hergezogen?",
                        "hint": (
                            "Erzählen Sie von sich und fragen Sie zurück: „Ich arbeite in einem Büro und koche sehr "
                            "gern. Und was machen Sie gern?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "lavorare",
                            "la famiglia",
                            "il giardino",
                            "cucinare",
                            "il cane",
                            "passeggiare",
                            "piacere",
                        ],
                        "phrases": [
                            "Lavoro in un ufficio in centro.",
                            "Mi piace molto cucinare.",
                            "Il fine settimana vado a correre.",
                            "È suo quel cane?",
                            "E a lei che cosa piace fare?",
                        ],
                        "opening": "E lei di che cosa si occupa? È qui per lavoro?",
                        "hint": (
                            "Parla di te e fai una domanda: «Lavoro in un ufficio e mi piace molto cucinare. E a lei "
                            "che cosa piace fare?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": ["trabalhar", "a família", "o jardim", "cozinhar", "o cão", "passear", "gostar"],
                        "phrases": [
                            "Trabalho num escritório no centro.",
                            "Gosto muito de cozinhar.",
                            "Ao fim de semana vou correr.",
                            "Aquele cão é seu?",
                            "E o que é que gosta de fazer?",
                        ],
                        "opening": "E o que é que faz? Veio para cá por causa do trabalho?",
                        "hint": (
                            "Fale de si e faça uma pergunta: «Trabalho num escritório e gosto muito de cozinhar. E o "
                            "que é que gosta de fazer?»"
                        ),
                    },
                },
            },
            {
                "name": "Contacts",
                "goal": "Exchange phone numbers and offer to help each other.",
                "objectives": ["Offer or ask for help", "Exchange phone numbers", "Say goodbye politely"],
                "success_criteria": "The learner has exchanged contact details, offered help and said goodbye.",
                "languages": {
                    "es": {
                        "vocabulary": ["el teléfono", "el número", "ayudar", "la llave", "el paquete", "avisar"],
                        "phrases": [
                            "¿Te doy mi número, por si acaso?",
                            "Si necesitas algo, llámame.",
                            "¿Me puedes recoger un paquete si no estoy?",
                            "Gracias, eres muy amable.",
                            "¡Hasta luego, nos vemos!",
                        ],
                        "opening": "Bueno, te dejo con las cajas. ¿Quieres mi número por si necesitas algo?",
                        "hint": "Ofrece tu número: «Sí, claro. Te doy el mío, y si necesitas algo, avísame.»",
                    },
                    "fr": {
                        "vocabulary": ["le téléphone", "le numéro", "aider", "la clé", "le colis", "prévenir"],
                        "phrases": [
                            "Je vous donne mon numéro, au cas où ?",
                            "Si vous avez besoin de quelque chose, appelez-moi.",
                            "Vous pourriez prendre un colis pour moi si je ne suis pas là ?",
                            "Merci, c'est très gentil.",
                            "Bonne journée, à bientôt !",
                        ],
                        "opening": "Bon, je vous laisse avec vos cartons. Vous voulez mon numéro, au cas où ?",
                        "hint": (
                            "Proposez votre numéro : « Oui, volontiers. Je vous donne le mien, et si vous avez besoin "
                            "de quelque chose, prévenez-moi. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Telefon",
                            "die Nummer",
                            "helfen",
                            "der Schlüssel",
                            "das Paket",
                            "Bescheid sagen",
                        ],
                        "phrases": [
                            "Soll ich Ihnen meine Nummer geben, für alle Fälle?",
                            "Wenn Sie etwas brauchen, rufen Sie mich an.",
                            "Könnten Sie ein Paket für mich annehmen, wenn ich nicht da bin?",
                            "Danke, das ist sehr nett.",
                            "Schönen Tag noch, bis bald!",
                        ],
                        "opening": (
                            "Gut, dann lasse ich Sie mal mit Ihren Kisten allein. Möchten Sie meine Nummer, falls Sie "
                            "etwas brauchen?"
                        ),
                        "hint": (
                            "Bieten Sie Ihre Nummer an: „Ja, gern. Ich gebe Ihnen auch meine, und wenn Sie etwas "
                            "brauchen, sagen Sie Bescheid.“"
                        ),
                    },
                    "it": {
                        "vocabulary": ["il telefono", "il numero", "aiutare", "la chiave", "il pacco", "avvisare"],
                        "phrases": [
                            "Le do il mio numero, per ogni evenienza?",
                            "Se le serve qualcosa, mi chiami.",
                            "Potrebbe ritirare un pacco per me se non ci sono?",
                            "Grazie, è molto gentile.",
                            "Buona giornata, a presto!",
                        ],
                        "opening": (
                            "Bene, la lascio con i suoi scatoloni. Vuole il mio numero, nel caso le serva qualcosa?"
                        ),
                        "hint": (
                            "Offri il tuo numero: «Sì, volentieri. Le do anche il mio, e se le serve qualcosa mi "
                            "avvisi.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": ["o telefone", "o número", "ajudar", "a chave", "a encomenda", "avisar"],
                        "phrases": [
                            "Dou-lhe o meu número, para o que for preciso?",
                            "Se precisar de alguma coisa, ligue-me.",
                            "Podia receber uma encomenda por mim se eu não estiver?",
                            "Obrigado, é muito simpática.",
                            "Bom dia e até breve!",
                        ],
                        "opening": (
                            "Bem, vou deixar que acabe a mudança. Quer o meu número, caso precise de alguma coisa?"
                        ),
                        "hint": (
                            "Ofereça o seu número: «Sim, claro. Dou-lhe também o meu, e se precisar de alguma coisa, "
                            "avise-me.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "departing-from-an-airport",
        "title": "Departing from an airport",
        "category": "travel",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 20,
        "learner_role": (
            "A traveller flying home after a holiday, with a suitcase to check in and a small bag as hand luggage."
        ),
        "tutor_role": "The check-in agent, then a security officer, then the staff at the gate.",
        "setting": (
            "A busy international airport early on a Monday morning. Your flight leaves in two hours, the check-in "
            "queues are long and the flight may be delayed."
        ),
        "cultural_notes": (
            "Airline staff usually address passengers formally and expect documents to be ready. Liquids in hand "
            "luggage are normally limited to small containers in a clear plastic bag, and security staff may ask you "
            "to take out laptops and empty your pockets. Gate changes and delays are announced on screens and over "
            "loudspeakers, often first in the local language, so listening carefully pays off."
        ),
        "learning_goals": [
            "Check in and ask about luggage allowances and seats",
            "Understand and follow security instructions",
            "Understand announcements and ask about delays and boarding",
        ],
        "phases": [
            {
                "name": "Check-in and bags",
                "goal": "Check in for your flight, drop your suitcase and choose a seat.",
                "objectives": [
                    "Show your passport and booking",
                    "Ask about the luggage allowance",
                    "Ask for a window or aisle seat",
                ],
                "success_criteria": "The learner has checked in a bag and asked about a seat or the luggage allowance.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "facturar",
                            "la maleta",
                            "el equipaje de mano",
                            "la tarjeta de embarque",
                            "el asiento",
                            "el pasillo",
                            "el peso",
                        ],
                        "phrases": [
                            "Buenos días, quiero facturar esta maleta.",
                            "¿Cuántos kilos puedo llevar?",
                            "¿Me puede dar un asiento de ventanilla?",
                            "Esta bolsa la llevo como equipaje de mano.",
                            "¿La maleta llega directamente a destino?",
                        ],
                        "opening": "Buenos días. ¿Me enseña su pasaporte, por favor? ¿Va a facturar equipaje?",
                        "hint": "Pide un asiento: «¿Me podría dar un asiento de pasillo, por favor?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "enregistrer",
                            "la valise",
                            "le bagage à main",
                            "la carte d'embarquement",
                            "la place",
                            "le couloir",
                            "le poids",
                        ],
                        "phrases": [
                            "Bonjour, je voudrais enregistrer cette valise.",
                            "J'ai droit à combien de kilos ?",
                            "Est-ce que je pourrais avoir une place côté hublot ?",
                            "Ce sac, je le garde en bagage à main.",
                            "La valise va directement à destination ?",
                        ],
                        "opening": "Bonjour. Votre passeport, s'il vous plaît. Vous avez des bagages à enregistrer ?",
                        "hint": (
                            "Demandez une place : « Est-ce que je pourrais avoir une place côté couloir, s'il vous "
                            "plaît ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "einchecken",
                            "der Koffer",
                            "das Handgepäck",
                            "die Bordkarte",
                            "der Sitzplatz",
                            "der Gang",
                            "das Gewicht",
                        ],
                        "phrases": [
                            "Guten Morgen, ich möchte diesen Koffer aufgeben.",
                            "Wie viel Kilo darf ich mitnehmen?",
                            "Könnte ich einen Fensterplatz bekommen?",
                            "Die Tasche nehme ich als Handgepäck mit.",
                            "Geht der Koffer direkt bis zum Zielflughafen?",
                        ],
                        "opening": "Guten Morgen. Ihren Reisepass, bitte. Haben Sie Gepäck zum Aufgeben?",
                        "hint": "Fragen Sie nach einem Sitzplatz: „Könnte ich bitte einen Platz am Gang bekommen?“",
                    },
                    "it": {
                        "vocabulary": [
                            "fare il check-in",
                            "la valigia",
                            "il bagaglio a mano",
                            "la carta d'imbarco",
                            "il posto",
                            "il corridoio",
                            "il peso",
                        ],
                        "phrases": [
                            "Buongiorno, vorrei imbarcare questa valigia.",
                            "Quanti chili posso portare?",
                            "Potrei avere un posto vicino al finestrino?",
                            "Questa borsa la porto come bagaglio a mano.",
                            "La valigia arriva direttamente a destinazione?",
                        ],
                        "opening": "Buongiorno. Mi dà il passaporto, per favore? Ha bagagli da imbarcare?",
                        "hint": "Chiedi un posto: «Potrei avere un posto lato corridoio, per favore?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "fazer o check-in",
                            "a mala",
                            "a bagagem de mão",
                            "o cartão de embarque",
                            "o lugar",
                            "o corredor",
                            "o peso",
                        ],
                        "phrases": [
                            "Bom dia, queria despachar esta mala.",
                            "Quantos quilos posso levar?",
                            "Pode dar-me um lugar à janela?",
                            "Este saco levo como bagagem de mão.",
                            "A mala vai diretamente para o destino?",
                        ],
                        "opening": "Bom dia. O seu passaporte, por favor. Tem bagagem para despachar?",
                        "hint": "Peça um lugar: «Pode dar-me um lugar no corredor, por favor?»",
                    },
                },
            },
            {
                "name": "Security",
                "goal": "Go through the security check and follow the officer's instructions.",
                "objectives": [
                    "Understand instructions about liquids and electronics",
                    "Answer questions about your bag",
                    "Ask what to do if something is not allowed",
                ],
                "success_criteria": (
                    "The learner has followed the instructions and answered or asked at least one question about their "
                    "bag."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el control de seguridad",
                            "el líquido",
                            "la bandeja",
                            "el portátil",
                            "el cinturón",
                            "quitarse",
                            "la bolsa de plástico",
                        ],
                        "phrases": [
                            "¿Tengo que sacar el portátil de la mochila?",
                            "¿Me quito también los zapatos?",
                            "Los líquidos están en esta bolsa.",
                            "Es solo crema solar, no llega a cien mililitros.",
                            "¿Qué hago con esta botella de agua?",
                        ],
                        "opening": (
                            "Buenos días. Ponga la mochila en la bandeja y saque los líquidos y el portátil, por favor."
                        ),
                        "hint": (
                            "Pregunta si algo está permitido: «¿Puedo llevar esta botella de agua o la tengo que "
                            "tirar?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le contrôle de sécurité",
                            "le liquide",
                            "le bac",
                            "l'ordinateur portable",
                            "la ceinture",
                            "enlever",
                            "le sachet plastique",
                        ],
                        "phrases": [
                            "Je dois sortir mon ordinateur du sac ?",
                            "J'enlève aussi mes chaussures ?",
                            "Les liquides sont dans ce sachet.",
                            "C'est juste de la crème solaire, moins de cent millilitres.",
                            "Qu'est-ce que je fais de cette bouteille d'eau ?",
                        ],
                        "opening": (
                            "Bonjour. Mettez votre sac dans le bac et sortez les liquides et l'ordinateur, s'il vous "
                            "plaît."
                        ),
                        "hint": (
                            "Demandez si quelque chose est autorisé : « Je peux garder cette bouteille d'eau, ou je "
                            "dois la jeter ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Sicherheitskontrolle",
                            "die Flüssigkeit",
                            "die Wanne",
                            "der Laptop",
                            "der Gürtel",
                            "ausziehen",
                            "der Plastikbeutel",
                        ],
                        "phrases": [
                            "Muss ich den Laptop aus dem Rucksack nehmen?",
                            "Soll ich auch die Schuhe ausziehen?",
                            "Die Flüssigkeiten sind in diesem Beutel.",
                            "Das ist nur Sonnencreme, weniger als hundert Milliliter.",
                            "Was mache ich mit dieser Wasserflasche?",
                        ],
                        "opening": (
                            "Guten Morgen. Legen Sie bitte den Rucksack in die Wanne und nehmen Sie Flüssigkeiten und "
                            "Laptop heraus."
                        ),
                        "hint": (
                            "Fragen Sie, ob etwas erlaubt ist: „Darf ich diese Wasserflasche mitnehmen, oder muss ich "
                            "sie wegwerfen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il controllo di sicurezza",
                            "il liquido",
                            "la vaschetta",
                            "il portatile",
                            "la cintura",
                            "togliersi",
                            "la bustina di plastica",
                        ],
                        "phrases": [
                            "Devo tirare fuori il portatile dallo zaino?",
                            "Mi tolgo anche le scarpe?",
                            "I liquidi sono in questa bustina.",
                            "È solo crema solare, meno di cento millilitri.",
                            "Che cosa faccio con questa bottiglia d'acqua?",
                        ],
                        "opening": (
                            "Buongiorno. Metta lo zaino nella vaschetta e tiri fuori i liquidi e il portatile, per "
                            "favore."
                        ),
                        "hint": (
                            "Chiedi se qualcosa è permesso: «Posso tenere questa bottiglia d'acqua o la devo buttare?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o controlo de segurança",
                            "o líquido",
                            "a bandeja",
                            "o portátil",
                            "o cinto",
                            "tirar",
                            "o saco de plástico",
                        ],
                        "phrases": [
                            "Tenho de tirar o portátil da mochila?",
                            "Também tiro os sapatos?",
                            "Os líquidos estão neste saco.",
                            "É só protetor solar, tem menos de cem mililitros.",
                            "O que faço a esta garrafa de água?",
                        ],
                        "opening": "Bom dia. Ponha a mochila na bandeja e tire os líquidos e o portátil, por favor.",
                        "hint": (
                            "Pergunte se uma coisa é permitida: «Posso levar esta garrafa de água ou tenho de a deitar "
                            "fora?»"
                        ),
                    },
                },
            },
            {
                "name": "Gate",
                "goal": "Find your gate, understand a delay announcement and ask about it.",
                "objectives": [
                    "Confirm that you are at the right gate",
                    "Understand that the flight is delayed or the gate has changed",
                    "Ask about the new time and what you are entitled to",
                ],
                "success_criteria": (
                    "The learner has understood the change, asked about the new departure time and asked one follow-up "
                    "question."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la puerta de embarque",
                            "el retraso",
                            "el vuelo",
                            "el anuncio",
                            "la pantalla",
                            "retrasarse",
                            "la conexión",
                        ],
                        "phrases": [
                            "¿Es esta la puerta del vuelo a Dublín?",
                            "¿Cuánto retraso lleva el vuelo?",
                            "¿A qué hora sale ahora?",
                            "Tengo una conexión y voy a perderla.",
                            "¿Nos dan algún vale para comer?",
                        ],
                        "opening": (
                            "Atención, por favor: el vuelo con destino Dublín tiene un retraso de una hora y sale por "
                            "la puerta doce."
                        ),
                        "hint": (
                            "Pregunta por el retraso: «Perdone, ¿a qué hora sale ahora el vuelo? Tengo una conexión.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la porte d'embarquement",
                            "le retard",
                            "le vol",
                            "l'annonce",
                            "l'écran",
                            "être retardé",
                            "la correspondance",
                        ],
                        "phrases": [
                            "C'est bien la porte du vol pour Dublin ?",
                            "Le vol a combien de retard ?",
                            "Il part à quelle heure maintenant ?",
                            "J'ai une correspondance, je vais la rater.",
                            "Est-ce qu'on a droit à un bon pour manger ?",
                        ],
                        "opening": (
                            "Votre attention, s'il vous plaît : le vol à destination de Dublin a une heure de retard "
                            "et partira de la porte douze."
                        ),
                        "hint": (
                            "Posez une question sur le retard : « Excusez-moi, le vol part à quelle heure maintenant ? "
                            "J'ai une correspondance. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Gate",
                            "die Verspätung",
                            "der Flug",
                            "die Durchsage",
                            "die Anzeigetafel",
                            "sich verspäten",
                            "der Anschlussflug",
                        ],
                        "phrases": [
                            "Ist das hier das Gate für den Flug nach Dublin?",
                            "Wie viel Verspätung hat der Flug?",
                            "Wann fliegt er jetzt ab?",
                            "Ich habe einen Anschlussflug und werde ihn verpassen.",
                            "Bekommen wir einen Gutschein fürs Essen?",
                        ],
                        "opening": (
                            "Achtung, bitte: Der Flug nach Dublin hat eine Stunde Verspätung und startet jetzt von "
                            "Gate zwölf."
                        ),
                        "hint": (
                            "Fragen Sie nach der Verspätung: „Entschuldigung, wann fliegt die Maschine jetzt ab? Ich "
                            "habe einen Anschlussflug.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il gate",
                            "il ritardo",
                            "il volo",
                            "l'annuncio",
                            "il tabellone",
                            "essere in ritardo",
                            "la coincidenza",
                        ],
                        "phrases": [
                            "È questo il gate del volo per Dublino?",
                            "Quanto ritardo ha il volo?",
                            "A che ora parte adesso?",
                            "Ho una coincidenza e rischio di perderla.",
                            "Ci danno un buono per mangiare?",
                        ],
                        "opening": (
                            "Attenzione, prego: il volo per Dublino ha un'ora di ritardo e partirà dal gate dodici."
                        ),
                        "hint": "Chiedi del ritardo: «Scusi, a che ora parte adesso il volo? Ho una coincidenza.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a porta de embarque",
                            "o atraso",
                            "o voo",
                            "o aviso",
                            "o ecrã",
                            "atrasar-se",
                            "a ligação",
                        ],
                        "phrases": [
                            "É esta a porta do voo para Dublin?",
                            "Quanto tempo de atraso tem o voo?",
                            "A que horas parte agora?",
                            "Tenho uma ligação e vou perdê-la.",
                            "Dão-nos algum vale para comer?",
                        ],
                        "opening": (
                            "Atenção, por favor: o voo com destino a Dublin tem uma hora de atraso e parte agora da "
                            "porta doze."
                        ),
                        "hint": "Pergunte pelo atraso: «Desculpe, a que horas parte agora o voo? Tenho uma ligação.»",
                    },
                },
            },
            {
                "name": "Boarding",
                "goal": "Board the plane, show your documents and deal with a small problem with your seat or bag.",
                "objectives": [
                    "Show your boarding pass and passport",
                    "Understand the boarding order",
                    "Solve a small problem with your seat or hand luggage",
                ],
                "success_criteria": (
                    "The learner has boarded and politely solved a problem with the seat or the luggage."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "embarcar",
                            "el grupo",
                            "la fila",
                            "el compartimento",
                            "el auxiliar de vuelo",
                            "cambiar",
                            "el cinturón de seguridad",
                        ],
                        "phrases": [
                            "Aquí tiene mi tarjeta de embarque.",
                            "¿Ya está embarcando mi grupo?",
                            "Perdone, creo que este es mi asiento.",
                            "La maleta no cabe en el compartimento.",
                            "¿Podría cambiarme de asiento para sentarme con mi familia?",
                        ],
                        "opening": (
                            "Buenos días. Tarjeta de embarque y pasaporte, por favor. Su asiento es el veintitrés A."
                        ),
                        "hint": (
                            "Resuelve el problema con educación: «Perdone, creo que este es mi asiento, el veintitrés "
                            "A.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "embarquer",
                            "le groupe",
                            "la rangée",
                            "le compartiment à bagages",
                            "le personnel de bord",
                            "changer",
                            "la ceinture de sécurité",
                        ],
                        "phrases": [
                            "Voici ma carte d'embarquement.",
                            "Mon groupe embarque déjà ?",
                            "Excusez-moi, je crois que c'est ma place.",
                            "Ma valise ne rentre pas dans le compartiment.",
                            "Est-ce que je pourrais changer de place pour être avec ma famille ?",
                        ],
                        "opening": (
                            "Bonjour. Carte d'embarquement et passeport, s'il vous plaît. Vous êtes au siège "
                            "vingt-trois A."
                        ),
                        "hint": (
                            "Réglez le problème poliment : « Excusez-moi, je crois que c'est ma place, la vingt-trois "
                            "A. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "an Bord gehen",
                            "die Gruppe",
                            "die Reihe",
                            "das Gepäckfach",
                            "der Flugbegleiter",
                            "tauschen",
                            "der Sicherheitsgurt",
                        ],
                        "phrases": [
                            "Hier ist meine Bordkarte.",
                            "Wird meine Gruppe schon aufgerufen?",
                            "Entschuldigung, ich glaube, das ist mein Platz.",
                            "Mein Koffer passt nicht ins Gepäckfach.",
                            "Könnte ich den Platz tauschen, damit ich bei meiner Familie sitze?",
                        ],
                        "opening": "Guten Morgen. Bordkarte und Reisepass, bitte. Sie haben Platz dreiundzwanzig A.",
                        "hint": (
                            "Lösen Sie das Problem höflich: „Entschuldigung, ich glaube, das ist mein Platz, "
                            "dreiundzwanzig A.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "imbarcarsi",
                            "il gruppo",
                            "la fila",
                            "la cappelliera",
                            "l'assistente di volo",
                            "cambiare",
                            "la cintura di sicurezza",
                        ],
                        "phrases": [
                            "Ecco la mia carta d'imbarco.",
                            "Stanno già imbarcando il mio gruppo?",
                            "Scusi, credo che questo sia il mio posto.",
                            "La valigia non entra nella cappelliera.",
                            "Potrei cambiare posto per sedermi con la mia famiglia?",
                        ],
                        "opening": (
                            "Buongiorno. Carta d'imbarco e passaporto, per favore. Il suo posto è il ventitré A."
                        ),
                        "hint": (
                            "Risolvi il problema con gentilezza: «Scusi, credo che questo sia il mio posto, il "
                            "ventitré A.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "embarcar",
                            "o grupo",
                            "a fila",
                            "o compartimento de bagagem",
                            "o assistente de bordo",
                            "trocar",
                            "o cinto de segurança",
                        ],
                        "phrases": [
                            "Aqui tem o meu cartão de embarque.",
                            "O meu grupo já está a embarcar?",
                            "Desculpe, acho que este lugar é o meu.",
                            "A mala não cabe no compartimento.",
                            "Podia trocar de lugar para ficar ao pé da minha família?",
                        ],
                        "opening": (
                            "Bom dia. Cartão de embarque e passaporte, por favor. O seu lugar é o vinte e três A."
                        ),
                        "hint": (
                            "Resolva o problema com delicadeza: «Desculpe, acho que este lugar é o meu, o vinte e três "
                            "A.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "renting-a-car",
        "title": "Renting a car",
        "category": "travel",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 18,
        "learner_role": "A tourist picking up a rental car for a week-long road trip.",
        "tutor_role": "The agent at the car rental desk, who also checks the car with you when you bring it back.",
        "setting": (
            "A car rental desk at a railway station on a Friday afternoon. You booked a small car online, but you want "
            "to check the details, the insurance and what happens if you bring the car back late."
        ),
        "cultural_notes": (
            "Rental companies usually require a driving licence held for at least a year, a credit card in the "
            "driver's name and sometimes an international driving permit. Most rental cars in Europe have a manual "
            "gearbox, so ask in advance if you need an automatic. Check the car carefully for scratches before you "
            "leave, photograph any damage and find out whether the fuel policy is full to full."
        ),
        "learning_goals": [
            "Confirm a booking and ask about extras",
            "Understand insurance and contract terms before signing",
            "Describe damage and problems when returning a car",
        ],
        "phases": [
            {
                "name": "Booking",
                "goal": "Confirm your booking and ask about the rental period and extras.",
                "objectives": [
                    "Give your name and show your documents",
                    "Confirm the dates and the return place",
                    "Ask about extras such as a second driver or a child seat",
                ],
                "success_criteria": "The learner has confirmed the booking details and asked about at least one extra.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la reserva",
                            "alquilar",
                            "el carné de conducir",
                            "la tarjeta de crédito",
                            "el conductor adicional",
                            "la silla infantil",
                            "devolver",
                        ],
                        "phrases": [
                            "Tengo una reserva a nombre de Martín.",
                            "Es para siete días, hasta el viernes que viene.",
                            "¿Puedo devolver el coche en otra ciudad?",
                            "¿Cuánto cuesta añadir un segundo conductor?",
                            "Aquí tiene mi carné de conducir y la tarjeta.",
                        ],
                        "opening": "Buenas tardes. ¿Tiene una reserva con nosotros?",
                        "hint": (
                            "Confirma los datos de la reserva: «Sí, tengo una reserva a nombre de Martín, para siete "
                            "días.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la réservation",
                            "louer",
                            "le permis de conduire",
                            "la carte de crédit",
                            "le conducteur supplémentaire",
                            "le siège enfant",
                            "rendre",
                        ],
                        "phrases": [
                            "J'ai une réservation au nom de Martin.",
                            "C'est pour sept jours, jusqu'à vendredi prochain.",
                            "Est-ce que je peux rendre la voiture dans une autre ville ?",
                            "Combien coûte un deuxième conducteur ?",
                            "Voici mon permis de conduire et ma carte.",
                        ],
                        "opening": "Bonjour. Vous avez une réservation chez nous ?",
                        "hint": (
                            "Confirmez votre réservation : « Oui, j'ai une réservation au nom de Martin, pour sept "
                            "jours. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Reservierung",
                            "mieten",
                            "der Führerschein",
                            "die Kreditkarte",
                            "der Zusatzfahrer",
                            "der Kindersitz",
                            "zurückgeben",
                        ],
                        "phrases": [
                            "Ich habe eine Reservierung auf den Namen Müller.",
                            "Für sieben Tage, bis nächsten Freitag.",
                            "Kann ich das Auto in einer anderen Stadt zurückgeben?",
                            "Was kostet ein zweiter Fahrer?",
                            "Hier sind mein Führerschein und meine Kreditkarte.",
                        ],
                        "opening": "Guten Tag. Haben Sie bei uns reserviert?",
                        "hint": (
                            "Bestätigen Sie Ihre Reservierung: „Ja, ich habe eine Reservierung auf den Namen Müller, "
                            "für sieben Tage.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la prenotazione",
                            "noleggiare",
                            "la patente",
                            "la carta di credito",
                            "il secondo conducente",
                            "il seggiolino",
                            "riconsegnare",
                        ],
                        "phrases": [
                            "Ho una prenotazione a nome Rossi.",
                            "È per sette giorni, fino a venerdì prossimo.",
                            "Posso riconsegnare la macchina in un'altra città?",
                            "Quanto costa aggiungere un secondo conducente?",
                            "Ecco la mia patente e la carta di credito.",
                        ],
                        "opening": "Buongiorno. Ha una prenotazione con noi?",
                        "hint": (
                            "Conferma i dati della prenotazione: «Sì, ho una prenotazione a nome Rossi, per sette "
                            "giorni.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a reserva",
                            "alugar",
                            "a carta de condução",
                            "o cartão de crédito",
                            "o condutor adicional",
                            "a cadeirinha",
                            "devolver",
                        ],
                        "phrases": [
                            "Tenho uma reserva em nome de Ana Silva.",
                            "É para sete dias, até à próxima sexta-feira.",
                            "Posso devolver o carro noutra cidade?",
                            "Quanto custa acrescentar um segundo condutor?",
                            "Aqui tem a minha carta de condução e o cartão.",
                        ],
                        "opening": "Boa tarde. Tem alguma reserva connosco?",
                        "hint": (
                            "Confirme os dados da reserva: «Sim, tenho uma reserva em nome de Ana Silva, para sete "
                            "dias.»"
                        ),
                    },
                },
            },
            {
                "name": "The car",
                "goal": "Find out about the car you will get and ask for what you need.",
                "objectives": [
                    "Ask what kind of car it is",
                    "Ask about the gearbox, the fuel or the boot",
                    "Ask for a different car if it does not suit you",
                ],
                "success_criteria": (
                    "The learner has asked about the car's features and accepted it or asked for another one."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el coche",
                            "automático",
                            "el cambio manual",
                            "el maletero",
                            "la gasolina",
                            "el diésel",
                            "el depósito",
                        ],
                        "phrases": [
                            "¿Qué coche me toca?",
                            "¿Es automático o manual?",
                            "¿Caben dos maletas grandes en el maletero?",
                            "¿Es de gasolina o diésel?",
                            "¿Tienen algún coche automático disponible?",
                        ],
                        "opening": "Le hemos reservado un coche pequeño, de cinco puertas. ¿Tiene alguna preferencia?",
                        "hint": "Pregunta por el coche: «¿Es automático? Es que nunca conduzco con cambio manual.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la voiture",
                            "automatique",
                            "la boîte manuelle",
                            "le coffre",
                            "l'essence",
                            "le diesel",
                            "le réservoir",
                        ],
                        "phrases": [
                            "Quel type de voiture est-ce que j'aurai ?",
                            "Elle est automatique ou manuelle ?",
                            "Deux grandes valises rentrent dans le coffre ?",
                            "C'est de l'essence ou du diesel ?",
                            "Vous avez une voiture automatique de disponible ?",
                        ],
                        "opening": "Nous vous avons réservé une petite voiture cinq portes. Vous avez une préférence ?",
                        "hint": (
                            "Posez une question sur la voiture : « Elle est automatique ? Je ne conduis jamais avec "
                            "une boîte manuelle. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Auto",
                            "die Automatik",
                            "die Gangschaltung",
                            "der Kofferraum",
                            "das Benzin",
                            "der Diesel",
                            "der Tank",
                        ],
                        "phrases": [
                            "Was für ein Auto bekomme ich?",
                            "Hat das Auto Automatik oder Gangschaltung?",
                            "Passen zwei große Koffer in den Kofferraum?",
                            "Fährt das Auto mit Benzin oder Diesel?",
                            "Haben Sie noch ein Auto mit Automatik frei?",
                        ],
                        "opening": (
                            "Wir haben für Sie einen Kleinwagen mit fünf Türen reserviert. Haben Sie besondere Wünsche?"
                        ),
                        "hint": (
                            "Fragen Sie nach dem Auto: „Hat das Auto Automatik? Ich fahre nämlich nie mit "
                            "Gangschaltung.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la macchina",
                            "il cambio automatico",
                            "il cambio manuale",
                            "il bagagliaio",
                            "la benzina",
                            "il diesel",
                            "il serbatoio",
                        ],
                        "phrases": [
                            "Che macchina mi date?",
                            "Ha il cambio automatico o manuale?",
                            "Ci stanno due valigie grandi nel bagagliaio?",
                            "Va a benzina o a diesel?",
                            "Avete una macchina con il cambio automatico disponibile?",
                        ],
                        "opening": "Le abbiamo riservato una macchina piccola a cinque porte. Ha qualche preferenza?",
                        "hint": (
                            "Chiedi della macchina: «Ha il cambio automatico? Non guido mai con il cambio manuale.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o carro",
                            "a caixa automática",
                            "a caixa manual",
                            "a bagageira",
                            "a gasolina",
                            "o gasóleo",
                            "o depósito",
                        ],
                        "phrases": [
                            "Que carro é que me calhou?",
                            "É automático ou manual?",
                            "Cabem duas malas grandes na bagageira?",
                            "É a gasolina ou a gasóleo?",
                            "Têm algum carro automático disponível?",
                        ],
                        "opening": "Reservámos-lhe um carro pequeno de cinco portas. Tem alguma preferência?",
                        "hint": "Pergunte pelo carro: «É automático? É que nunca conduzo com caixa manual.»",
                    },
                },
            },
            {
                "name": "Insurance and contract",
                "goal": "Understand the insurance options and the main points of the contract before you sign.",
                "objectives": [
                    "Ask what the basic insurance covers",
                    "Ask about the excess and full cover",
                    "Check the fuel policy and the mileage",
                ],
                "success_criteria": (
                    "The learner has asked about the cover and the excess, made a decision and checked one contract "
                    "condition."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el seguro",
                            "la franquicia",
                            "la cobertura",
                            "el contrato",
                            "firmar",
                            "el kilometraje",
                            "la fianza",
                        ],
                        "phrases": [
                            "¿Qué cubre el seguro básico?",
                            "¿De cuánto es la franquicia?",
                            "¿Cuánto cuesta el seguro a todo riesgo sin franquicia?",
                            "¿Tengo que devolverlo con el depósito lleno?",
                            "¿El kilometraje es ilimitado?",
                        ],
                        "opening": (
                            "El precio incluye un seguro básico, pero con una franquicia de mil euros. ¿Quiere ampliar "
                            "la cobertura?"
                        ),
                        "hint": (
                            "Pregunta antes de firmar: «¿De cuánto es la franquicia si contrato el seguro a todo "
                            "riesgo?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'assurance",
                            "la franchise",
                            "la couverture",
                            "le contrat",
                            "signer",
                            "le kilométrage",
                            "la caution",
                        ],
                        "phrases": [
                            "Qu'est-ce que l'assurance de base couvre ?",
                            "La franchise est de combien ?",
                            "Combien coûte l'assurance tous risques sans franchise ?",
                            "Je dois rendre la voiture avec le plein ?",
                            "Le kilométrage est illimité ?",
                        ],
                        "opening": (
                            "Le prix comprend une assurance de base, mais avec une franchise de mille euros. Vous "
                            "voulez une meilleure couverture ?"
                        ),
                        "hint": (
                            "Posez une question avant de signer : « La franchise est de combien si je prends "
                            "l'assurance tous risques ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Versicherung",
                            "die Selbstbeteiligung",
                            "die Vollkasko",
                            "der Vertrag",
                            "unterschreiben",
                            "die Kilometerbegrenzung",
                            "die Kaution",
                        ],
                        "phrases": [
                            "Was deckt die Basisversicherung ab?",
                            "Wie hoch ist die Selbstbeteiligung?",
                            "Was kostet die Vollkasko ohne Selbstbeteiligung?",
                            "Muss ich das Auto vollgetankt zurückbringen?",
                            "Sind die Kilometer unbegrenzt?",
                        ],
                        "opening": (
                            "Im Preis ist eine Basisversicherung enthalten, allerdings mit tausend Euro "
                            "Selbstbeteiligung. Möchten Sie den Schutz erweitern?"
                        ),
                        "hint": (
                            "Fragen Sie vor der Unterschrift nach: „Wie hoch ist die Selbstbeteiligung, wenn ich die "
                            "Vollkasko nehme?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'assicurazione",
                            "la franchigia",
                            "la copertura",
                            "il contratto",
                            "firmare",
                            "il chilometraggio",
                            "il deposito cauzionale",
                        ],
                        "phrases": [
                            "Che cosa copre l'assicurazione base?",
                            "A quanto ammonta la franchigia?",
                            "Quanto costa la copertura totale senza franchigia?",
                            "Devo riportare la macchina con il pieno?",
                            "Il chilometraggio è illimitato?",
                        ],
                        "opening": (
                            "Il prezzo comprende un'assicurazione base, ma con una franchigia di mille euro. Vuole "
                            "ampliare la copertura?"
                        ),
                        "hint": (
                            "Fai una domanda prima di firmare: «A quanto ammonta la franchigia se prendo la copertura "
                            "totale?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o seguro",
                            "a franquia",
                            "a cobertura",
                            "o contrato",
                            "assinar",
                            "a quilometragem",
                            "a caução",
                        ],
                        "phrases": [
                            "O que é que o seguro básico cobre?",
                            "Qual é o valor da franquia?",
                            "Quanto custa o seguro contra todos os riscos sem franquia?",
                            "Tenho de devolver o carro com o depósito cheio?",
                            "A quilometragem é ilimitada?",
                        ],
                        "opening": (
                            "O preço inclui um seguro básico, mas com uma franquia de mil euros. Quer alargar a "
                            "cobertura?"
                        ),
                        "hint": (
                            "Pergunte antes de assinar: «Qual é o valor da franquia se fizer o seguro contra todos os "
                            "riscos?»"
                        ),
                    },
                },
            },
            {
                "name": "Inspection and return",
                "goal": "Check the car for damage with the agent and return it at the end of the trip.",
                "objectives": [
                    "Point out existing scratches or damage",
                    "Report a problem that happened during the rental",
                    "Check that the deposit will be returned",
                ],
                "success_criteria": (
                    "The learner has described damage or a problem clearly and asked about the deposit or the final "
                    "bill."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el arañazo",
                            "el golpe",
                            "el daño",
                            "la rueda",
                            "la foto",
                            "la fianza",
                            "revisar",
                        ],
                        "phrases": [
                            "Aquí hay un arañazo que ya estaba.",
                            "Lo fotografié cuando recogí el coche.",
                            "Se encendió una luz en el salpicadero.",
                            "He devuelto el coche con el depósito lleno.",
                            "¿Cuándo me devuelven la fianza?",
                        ],
                        "opening": "Vamos a revisar el coche juntos. ¿Ha notado algún daño o algún problema?",
                        "hint": (
                            "Señala el daño con precisión: «Este arañazo de la puerta ya estaba cuando recogí el "
                            "coche, tengo una foto.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la rayure",
                            "la bosse",
                            "le dégât",
                            "le pneu",
                            "la photo",
                            "la caution",
                            "vérifier",
                        ],
                        "phrases": [
                            "Il y a une rayure ici qui était déjà là.",
                            "Je l'ai prise en photo au départ.",
                            "Un voyant s'est allumé sur le tableau de bord.",
                            "J'ai rendu la voiture avec le plein.",
                            "Quand est-ce que vous me rendez la caution ?",
                        ],
                        "opening": "On va vérifier la voiture ensemble. Vous avez remarqué des dégâts ou un problème ?",
                        "hint": (
                            "Montrez le dégât avec précision : « Cette rayure sur la portière était déjà là au départ, "
                            "j'ai une photo. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Kratzer",
                            "die Delle",
                            "der Schaden",
                            "der Reifen",
                            "das Foto",
                            "die Kaution",
                            "überprüfen",
                        ],
                        "phrases": [
                            "Hier ist ein Kratzer, der schon vorher da war.",
                            "Ich habe ihn bei der Abholung fotografiert.",
                            "Im Armaturenbrett hat eine Warnleuchte geleuchtet.",
                            "Ich habe das Auto vollgetankt zurückgebracht.",
                            "Wann bekomme ich die Kaution zurück?",
                        ],
                        "opening": "Schauen wir uns das Auto gemeinsam an. Haben Sie Schäden oder Probleme bemerkt?",
                        "hint": (
                            "Zeigen Sie den Schaden genau: „Dieser Kratzer an der Tür war schon bei der Abholung da, "
                            "ich habe ein Foto.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il graffio",
                            "l'ammaccatura",
                            "il danno",
                            "la gomma",
                            "la foto",
                            "il deposito cauzionale",
                            "controllare",
                        ],
                        "phrases": [
                            "Qui c'è un graffio che c'era già.",
                            "L'ho fotografato al ritiro.",
                            "Si è accesa una spia sul cruscotto.",
                            "Ho riportato la macchina con il pieno.",
                            "Quando mi restituite il deposito?",
                        ],
                        "opening": "Controlliamo la macchina insieme. Ha notato qualche danno o qualche problema?",
                        "hint": (
                            "Indica il danno con precisione: «Questo graffio sulla portiera c'era già al ritiro, ho "
                            "una foto.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o risco",
                            "a amolgadela",
                            "o dano",
                            "o pneu",
                            "a fotografia",
                            "a caução",
                            "verificar",
                        ],
                        "phrases": [
                            "Aqui há um risco que já cá estava.",
                            "Tirei uma fotografia quando levantei o carro.",
                            "Acendeu-se uma luz no painel.",
                            "Devolvi o carro com o depósito cheio.",
                            "Quando é que me devolvem a caução?",
                        ],
                        "opening": "Vamos verificar o carro juntos. Reparou em algum dano ou problema?",
                        "hint": (
                            "Mostre o dano com precisão: «Este risco na porta já cá estava quando levantei o carro, "
                            "tenho uma fotografia.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "grocery-shopping",
        "title": "Grocery shopping",
        "category": "shopping",
        "level_min": "A1",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": "A shopper doing the weekly food shop in a supermarket.",
        "tutor_role": "A supermarket employee stocking the shelves, and later the cashier at the checkout.",
        "setting": (
            "A medium-sized supermarket on a Saturday morning, busy with families. You have a shopping list, but you "
            "cannot find everything and some labels are hard to understand."
        ),
        "cultural_notes": (
            "In many European supermarkets you weigh loose fruit and vegetables yourself and print a price sticker "
            "before going to the till. Bags usually cost extra, so people bring their own. At the checkout you are "
            "often expected to pack your shopping quickly, and cashiers may ask whether you have a loyalty card."
        ),
        "learning_goals": [
            "Ask where to find products",
            "Understand basic information on labels such as ingredients and dates",
            "Ask staff for help and pay at the checkout",
        ],
        "phases": [
            {
                "name": "Find products",
                "goal": "Find the products on your shopping list.",
                "objectives": [
                    "Ask where a product is",
                    "Understand simple directions in the shop",
                    "Ask for a quantity or a size",
                ],
                "success_criteria": "The learner has asked for at least two products and understood where they are.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el pasillo",
                            "la leche",
                            "el pan",
                            "la fruta",
                            "el kilo",
                            "la estantería",
                            "buscar",
                        ],
                        "phrases": [
                            "Perdone, ¿dónde está la leche?",
                            "¿Dónde puedo encontrar el arroz?",
                            "¿Está en el pasillo tres?",
                            "Quería un kilo de tomates.",
                            "¿Tienen huevos ecológicos?",
                        ],
                        "opening": "Buenos días, ¿busca algo?",
                        "hint": "Pregunta dónde está un producto: «Perdone, ¿dónde está el arroz?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le rayon",
                            "le lait",
                            "le pain",
                            "le fruit",
                            "le kilo",
                            "l'étagère",
                            "chercher",
                        ],
                        "phrases": [
                            "Excusez-moi, où est le lait ?",
                            "Où est-ce que je peux trouver le riz ?",
                            "C'est dans l'allée trois ?",
                            "Je voudrais un kilo de tomates.",
                            "Vous avez des œufs bio ?",
                        ],
                        "opening": "Bonjour, vous cherchez quelque chose ?",
                        "hint": "Demandez où se trouve un produit : « Excusez-moi, où est le riz ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "der Gang",
                            "die Milch",
                            "das Brot",
                            "das Obst",
                            "das Kilo",
                            "das Regal",
                            "suchen",
                        ],
                        "phrases": [
                            "Entschuldigung, wo finde ich die Milch?",
                            "Wo gibt es hier Reis?",
                            "Ist das im Gang drei?",
                            "Ich brauche ein Kilo Tomaten.",
                            "Haben Sie Bio-Eier?",
                        ],
                        "opening": "Guten Morgen, suchen Sie etwas?",
                        "hint": "Fragen Sie, wo ein Produkt ist: „Entschuldigung, wo finde ich den Reis?“",
                    },
                    "it": {
                        "vocabulary": [
                            "la corsia",
                            "il latte",
                            "il pane",
                            "la frutta",
                            "il chilo",
                            "lo scaffale",
                            "cercare",
                        ],
                        "phrases": [
                            "Scusi, dov'è il latte?",
                            "Dove posso trovare il riso?",
                            "È nella corsia tre?",
                            "Vorrei un chilo di pomodori.",
                            "Avete uova biologiche?",
                        ],
                        "opening": "Buongiorno, cerca qualcosa?",
                        "hint": "Chiedi dov'è un prodotto: «Scusi, dov'è il riso?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o corredor",
                            "o leite",
                            "o pão",
                            "a fruta",
                            "o quilo",
                            "a prateleira",
                            "procurar",
                        ],
                        "phrases": [
                            "Desculpe, onde está o leite?",
                            "Onde é que posso encontrar o arroz?",
                            "É no corredor três?",
                            "Queria um quilo de tomates.",
                            "Têm ovos biológicos?",
                        ],
                        "opening": "Bom dia, está à procura de alguma coisa?",
                        "hint": "Pergunte onde está um produto: «Desculpe, onde está o arroz?»",
                    },
                },
            },
            {
                "name": "Read labels",
                "goal": "Read and ask about labels: ingredients, allergens, dates and prices.",
                "objectives": [
                    "Ask whether a product contains something",
                    "Understand the best-before date",
                    "Compare two prices or offers",
                ],
                "success_criteria": "The learner has asked about an ingredient or a date and compared two products.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la etiqueta",
                            "el ingrediente",
                            "la fecha de caducidad",
                            "sin gluten",
                            "el azúcar",
                            "la oferta",
                            "contener",
                        ],
                        "phrases": [
                            "¿Esto lleva gluten?",
                            "¿Hasta cuándo se puede consumir?",
                            "¿Este yogur tiene azúcar?",
                            "¿Cuál es más barato?",
                            "¿La oferta es dos por uno?",
                        ],
                        "opening": "Si tiene dudas con alguna etiqueta, pregúnteme.",
                        "hint": "Pregunta por un ingrediente: «Perdone, ¿este pan lleva gluten?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'étiquette",
                            "l'ingrédient",
                            "la date de péremption",
                            "sans gluten",
                            "le sucre",
                            "la promotion",
                            "contenir",
                        ],
                        "phrases": [
                            "Il y a du gluten là-dedans ?",
                            "On peut le consommer jusqu'à quand ?",
                            "Ce yaourt contient du sucre ?",
                            "Lequel est le moins cher ?",
                            "La promotion, c'est deux pour le prix d'un ?",
                        ],
                        "opening": "Si vous avez une question sur une étiquette, n'hésitez pas.",
                        "hint": (
                            "Posez une question sur un ingrédient : « Excusez-moi, il y a du gluten dans ce pain ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Etikett",
                            "die Zutat",
                            "das Mindesthaltbarkeitsdatum",
                            "glutenfrei",
                            "der Zucker",
                            "das Angebot",
                            "enthalten",
                        ],
                        "phrases": [
                            "Ist da Gluten drin?",
                            "Bis wann ist das haltbar?",
                            "Hat dieser Joghurt Zucker?",
                            "Welcher ist billiger?",
                            "Ist das Angebot zwei für eins?",
                        ],
                        "opening": "Wenn Sie Fragen zu einem Etikett haben, fragen Sie mich ruhig.",
                        "hint": "Fragen Sie nach einer Zutat: „Entschuldigung, ist in diesem Brot Gluten?“",
                    },
                    "it": {
                        "vocabulary": [
                            "l'etichetta",
                            "l'ingrediente",
                            "la data di scadenza",
                            "senza glutine",
                            "lo zucchero",
                            "l'offerta",
                            "contenere",
                        ],
                        "phrases": [
                            "Questo contiene glutine?",
                            "Fino a quando si può consumare?",
                            "Questo yogurt ha lo zucchero?",
                            "Qual è il più economico?",
                            "L'offerta è prendi due paghi uno?",
                        ],
                        "opening": "Se ha dubbi su qualche etichetta, chieda pure.",
                        "hint": "Chiedi di un ingrediente: «Scusi, questo pane contiene glutine?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o rótulo",
                            "o ingrediente",
                            "o prazo de validade",
                            "sem glúten",
                            "o açúcar",
                            "a promoção",
                            "conter",
                        ],
                        "phrases": [
                            "Isto tem glúten?",
                            "Até quando se pode consumir?",
                            "Este iogurte tem açúcar?",
                            "Qual é o mais barato?",
                            "A promoção é leve dois, pague um?",
                        ],
                        "opening": "Se tiver dúvidas sobre algum rótulo, pergunte-me.",
                        "hint": "Pergunte por um ingrediente: «Desculpe, este pão tem glúten?»",
                    },
                },
            },
            {
                "name": "Ask staff",
                "goal": "Ask a member of staff for help with something you cannot find or need.",
                "objectives": [
                    "Explain what you need",
                    "Ask if there is more in stock",
                    "Ask for something at the deli or meat counter",
                ],
                "success_criteria": "The learner has asked staff for help and got an answer or an alternative.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el almacén",
                            "quedar",
                            "el mostrador",
                            "el jamón",
                            "la carnicería",
                            "la pescadería",
                            "pesar",
                        ],
                        "phrases": [
                            "¿No quedan más plátanos?",
                            "¿Tienen más en el almacén?",
                            "Póngame doscientos gramos de jamón, por favor.",
                            "¿Me lo puede cortar en lonchas finas?",
                            "¿Dónde se pesa la fruta?",
                        ],
                        "opening": "Hola, ¿le puedo ayudar en algo?",
                        "hint": "Pide ayuda: «Perdone, ¿no quedan más plátanos? ¿Tienen más en el almacén?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la réserve",
                            "rester",
                            "le comptoir",
                            "le jambon",
                            "la boucherie",
                            "la poissonnerie",
                            "peser",
                        ],
                        "phrases": [
                            "Il n'y a plus de bananes ?",
                            "Vous en avez encore en réserve ?",
                            "Je voudrais deux cents grammes de jambon, s'il vous plaît.",
                            "Vous pouvez me le couper en tranches fines ?",
                            "Où est-ce qu'on pèse les fruits ?",
                        ],
                        "opening": "Bonjour, je peux vous aider ?",
                        "hint": (
                            "Demandez de l'aide : « Excusez-moi, il n'y a plus de bananes ? Vous en avez en réserve ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Lager",
                            "ausverkauft",
                            "die Theke",
                            "der Schinken",
                            "die Fleischtheke",
                            "die Fischtheke",
                            "wiegen",
                        ],
                        "phrases": [
                            "Gibt es keine Bananen mehr?",
                            "Haben Sie noch welche im Lager?",
                            "Ich hätte gern zweihundert Gramm Schinken, bitte.",
                            "Können Sie ihn dünn aufschneiden?",
                            "Wo kann ich das Obst wiegen?",
                        ],
                        "opening": "Hallo, kann ich Ihnen helfen?",
                        "hint": (
                            "Bitten Sie um Hilfe: „Entschuldigung, gibt es keine Bananen mehr? Haben Sie noch welche "
                            "im Lager?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il magazzino",
                            "finire",
                            "il banco",
                            "il prosciutto",
                            "la macelleria",
                            "la pescheria",
                            "pesare",
                        ],
                        "phrases": [
                            "Non ci sono più banane?",
                            "Ne avete ancora in magazzino?",
                            "Mi dà due etti di prosciutto, per favore?",
                            "Me lo può tagliare sottile?",
                            "Dove si pesa la frutta?",
                        ],
                        "opening": "Buongiorno, posso aiutarla?",
                        "hint": "Chiedi aiuto: «Scusi, non ci sono più banane? Ne avete ancora in magazzino?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o armazém",
                            "esgotado",
                            "o balcão",
                            "o fiambre",
                            "o talho",
                            "a peixaria",
                            "pesar",
                        ],
                        "phrases": [
                            "Já não há bananas?",
                            "Têm mais no armazém?",
                            "Queria duzentos gramas de fiambre, por favor.",
                            "Pode cortar às fatias finas?",
                            "Onde é que se pesa a fruta?",
                        ],
                        "opening": "Olá, posso ajudar em alguma coisa?",
                        "hint": "Peça ajuda: «Desculpe, já não há bananas? Têm mais no armazém?»",
                    },
                },
            },
            {
                "name": "Checkout",
                "goal": "Pay at the checkout and answer the cashier's questions.",
                "objectives": [
                    "Say whether you need a bag or have a loyalty card",
                    "Pay by card or in cash",
                    "Check the receipt or the change",
                ],
                "success_criteria": (
                    "The learner has answered the cashier's questions, paid and checked the receipt or the change."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la caja",
                            "la bolsa",
                            "la tarjeta de cliente",
                            "el ticket",
                            "el cambio",
                            "pagar",
                        ],
                        "phrases": [
                            "Sí, una bolsa, por favor.",
                            "No, no tengo tarjeta de cliente.",
                            "¿Puedo pagar con el móvil?",
                            "Perdone, creo que me ha cobrado dos veces el pan.",
                            "¿Me da el ticket?",
                        ],
                        "opening": "Hola, buenos días. ¿Necesita bolsa? ¿Tiene tarjeta de cliente?",
                        "hint": "Contesta y paga: «No, gracias, traigo mi bolsa. ¿Puedo pagar con tarjeta?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la caisse",
                            "le sac",
                            "la carte de fidélité",
                            "le ticket de caisse",
                            "la monnaie",
                            "payer",
                        ],
                        "phrases": [
                            "Oui, un sac, s'il vous plaît.",
                            "Non, je n'ai pas de carte de fidélité.",
                            "Je peux payer avec mon téléphone ?",
                            "Excusez-moi, je crois que vous avez compté le pain deux fois.",
                            "Vous me donnez le ticket ?",
                        ],
                        "opening": "Bonjour ! Il vous faut un sac ? Vous avez la carte de fidélité ?",
                        "hint": "Répondez et payez : « Non merci, j'ai mon sac. Je peux payer par carte ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Kasse",
                            "die Tüte",
                            "die Kundenkarte",
                            "der Kassenbon",
                            "das Wechselgeld",
                            "bezahlen",
                        ],
                        "phrases": [
                            "Ja, eine Tüte, bitte.",
                            "Nein, ich habe keine Kundenkarte.",
                            "Kann ich mit dem Handy bezahlen?",
                            "Entschuldigung, ich glaube, das Brot ist doppelt berechnet.",
                            "Könnte ich den Kassenbon haben?",
                        ],
                        "opening": "Hallo, guten Morgen! Brauchen Sie eine Tüte? Haben Sie eine Kundenkarte?",
                        "hint": (
                            "Antworten Sie und zahlen Sie: „Nein danke, ich habe eine Tasche dabei. Kann ich mit Karte "
                            "zahlen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la cassa",
                            "la busta",
                            "la carta fedeltà",
                            "lo scontrino",
                            "il resto",
                            "pagare",
                        ],
                        "phrases": [
                            "Sì, una busta, per favore.",
                            "No, non ho la carta fedeltà.",
                            "Posso pagare con il telefono?",
                            "Scusi, credo che mi abbia fatto pagare il pane due volte.",
                            "Mi dà lo scontrino?",
                        ],
                        "opening": "Buongiorno! Le serve una busta? Ha la carta fedeltà?",
                        "hint": "Rispondi e paga: «No, grazie, ho la mia borsa. Posso pagare con la carta?»",
                    },
                    "pt": {
                        "vocabulary": ["a caixa", "o saco", "o cartão de cliente", "o talão", "o troco", "pagar"],
                        "phrases": [
                            "Sim, um saco, por favor.",
                            "Não, não tenho cartão de cliente.",
                            "Posso pagar com o telemóvel?",
                            "Desculpe, acho que passou o pão duas vezes.",
                            "Pode dar-me o talão?",
                        ],
                        "opening": "Olá, bom dia! Precisa de saco? Tem cartão de cliente?",
                        "hint": "Responda e pague: «Não, obrigado, trouxe o meu saco. Posso pagar com cartão?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "buying-electronics",
        "title": "Buying electronics",
        "category": "shopping",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 18,
        "learner_role": "A customer looking for a new laptop for work and study.",
        "tutor_role": "A sales assistant in an electronics shop who knows the products well.",
        "setting": (
            "A large electronics shop in a shopping centre, with rows of laptops, phones and televisions. Your old "
            "laptop has broken, you need a new one within a week, and your budget is limited."
        ),
        "cultural_notes": (
            "In the European Union, products come with a legal guarantee of at least two years, and shops may also "
            "sell a paid extended warranty, which is optional. Online purchases can usually be returned within "
            "fourteen days, but in-store returns depend on the shop's own policy. Keyboard layouts differ between "
            "countries, so check the keyboard before you buy."
        ),
        "learning_goals": [
            "Explain your needs and your budget",
            "Ask about and compare technical specifications",
            "Understand warranty, payment and delivery options",
        ],
        "phases": [
            {
                "name": "Needs",
                "goal": "Explain what you need the device for and how much you want to spend.",
                "objectives": ["Say what you will use it for", "Give your budget", "Mention a must-have feature"],
                "success_criteria": "The learner has explained their use, their budget and one essential requirement.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el portátil",
                            "el presupuesto",
                            "necesitar",
                            "la batería",
                            "ligero",
                            "trabajar",
                            "el uso",
                        ],
                        "phrases": [
                            "Busco un portátil para trabajar y estudiar.",
                            "Mi presupuesto es de unos seiscientos euros.",
                            "Lo necesito ligero, porque viajo mucho.",
                            "Para mí, lo más importante es la batería.",
                            "No lo quiero para jugar, solo para tareas de oficina.",
                        ],
                        "opening": "Buenas tardes. ¿Está buscando algo en concreto?",
                        "hint": (
                            "Explica para qué lo necesitas y cuánto quieres gastar: «Busco un portátil ligero para "
                            "trabajar, de unos seiscientos euros.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'ordinateur portable",
                            "le budget",
                            "avoir besoin",
                            "la batterie",
                            "léger",
                            "travailler",
                            "l'utilisation",
                        ],
                        "phrases": [
                            "Je cherche un ordinateur portable pour le travail et les études.",
                            "Mon budget est d'environ six cents euros.",
                            "Il me faut un modèle léger, parce que je voyage beaucoup.",
                            "Pour moi, le plus important, c'est la batterie.",
                            "Ce n'est pas pour jouer, seulement pour la bureautique.",
                        ],
                        "opening": "Bonjour. Vous cherchez quelque chose en particulier ?",
                        "hint": (
                            "Expliquez votre besoin et votre budget : « Je cherche un portable léger pour travailler, "
                            "autour de six cents euros. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Laptop",
                            "das Budget",
                            "brauchen",
                            "der Akku",
                            "leicht",
                            "arbeiten",
                            "der Zweck",
                        ],
                        "phrases": [
                            "Ich suche einen Laptop für Arbeit und Studium.",
                            "Mein Budget liegt bei etwa sechshundert Euro.",
                            "Er sollte leicht sein, weil ich viel reise.",
                            "Am wichtigsten ist mir der Akku.",
                            "Ich brauche ihn nicht zum Spielen, nur für Büroarbeit.",
                        ],
                        "opening": "Guten Tag. Suchen Sie etwas Bestimmtes?",
                        "hint": (
                            "Erklären Sie, wofür Sie ihn brauchen und was er kosten darf: „Ich suche einen leichten "
                            "Laptop für die Arbeit, für etwa sechshundert Euro.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il portatile",
                            "il budget",
                            "avere bisogno",
                            "la batteria",
                            "leggero",
                            "lavorare",
                            "l'uso",
                        ],
                        "phrases": [
                            "Cerco un portatile per lavoro e studio.",
                            "Il mio budget è di circa seicento euro.",
                            "Mi serve leggero, perché viaggio molto.",
                            "Per me la cosa più importante è la batteria.",
                            "Non mi serve per giocare, solo per lavori d'ufficio.",
                        ],
                        "opening": "Buongiorno. Cerca qualcosa in particolare?",
                        "hint": (
                            "Spiega a che cosa ti serve e quanto vuoi spendere: «Cerco un portatile leggero per "
                            "lavorare, sui seicento euro.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o portátil",
                            "o orçamento",
                            "precisar",
                            "a bateria",
                            "leve",
                            "trabalhar",
                            "a utilização",
                        ],
                        "phrases": [
                            "Estou à procura de um portátil para trabalhar e estudar.",
                            "O meu orçamento é de uns seiscentos euros.",
                            "Preciso de um leve, porque viajo muito.",
                            "Para mim, o mais importante é a bateria.",
                            "Não é para jogos, é só para trabalho de escritório.",
                        ],
                        "opening": "Boa tarde. Está à procura de alguma coisa em especial?",
                        "hint": (
                            "Explique para que precisa e quanto quer gastar: «Estou à procura de um portátil leve para "
                            "trabalhar, à volta de seiscentos euros.»"
                        ),
                    },
                },
            },
            {
                "name": "Specifications",
                "goal": "Compare two models by their technical specifications.",
                "objectives": [
                    "Ask about memory, storage or the screen",
                    "Compare two models",
                    "Ask which one the assistant would recommend and why",
                ],
                "success_criteria": "The learner has asked about at least two specifications and compared two models.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la memoria",
                            "el disco duro",
                            "la pantalla",
                            "el procesador",
                            "la pulgada",
                            "comparar",
                            "rápido",
                        ],
                        "phrases": [
                            "¿Cuánta memoria RAM tiene?",
                            "¿Qué diferencia hay entre estos dos modelos?",
                            "¿La pantalla es de catorce pulgadas?",
                            "Este es más caro, pero ¿es mucho más rápido?",
                            "¿Cuál me recomendaría usted?",
                        ],
                        "opening": (
                            "Tengo dos modelos que le pueden interesar. Este tiene más memoria, y este otro es más "
                            "ligero."
                        ),
                        "hint": (
                            "Compara los dos modelos: «¿Qué diferencia hay entre estos dos? ¿Cuál tiene mejor batería?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la mémoire",
                            "le disque dur",
                            "l'écran",
                            "le processeur",
                            "le pouce",
                            "comparer",
                            "rapide",
                        ],
                        "phrases": [
                            "Il a combien de mémoire vive ?",
                            "Quelle est la différence entre ces deux modèles ?",
                            "L'écran fait quatorze pouces ?",
                            "Celui-ci est plus cher, mais est-ce qu'il est beaucoup plus rapide ?",
                            "Lequel vous me conseilleriez ?",
                        ],
                        "opening": (
                            "J'ai deux modèles qui pourraient vous intéresser. Celui-ci a plus de mémoire, et celui-là "
                            "est plus léger."
                        ),
                        "hint": (
                            "Comparez les deux modèles : « Quelle est la différence entre ces deux-là ? Lequel a la "
                            "meilleure batterie ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Arbeitsspeicher",
                            "die Festplatte",
                            "der Bildschirm",
                            "der Prozessor",
                            "das Zoll",
                            "vergleichen",
                            "schnell",
                        ],
                        "phrases": [
                            "Wie viel Arbeitsspeicher hat er?",
                            "Was ist der Unterschied zwischen diesen beiden Modellen?",
                            "Hat der Bildschirm vierzehn Zoll?",
                            "Dieser ist teurer, aber ist er auch viel schneller?",
                            "Welchen würden Sie mir empfehlen?",
                        ],
                        "opening": (
                            "Ich hätte zwei Modelle, die für Sie interessant sein könnten. Dieses hat mehr Speicher, "
                            "das andere ist leichter."
                        ),
                        "hint": (
                            "Vergleichen Sie die beiden Modelle: „Was ist der Unterschied zwischen den beiden? Welcher "
                            "hat den besseren Akku?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la memoria",
                            "il disco rigido",
                            "lo schermo",
                            "il processore",
                            "il pollice",
                            "confrontare",
                            "veloce",
                        ],
                        "phrases": [
                            "Quanta memoria RAM ha?",
                            "Che differenza c'è tra questi due modelli?",
                            "Lo schermo è da quattordici pollici?",
                            "Questo costa di più, ma è molto più veloce?",
                            "Quale mi consiglierebbe?",
                        ],
                        "opening": (
                            "Ho due modelli che potrebbero interessarle. Questo ha più memoria, quest'altro è più "
                            "leggero."
                        ),
                        "hint": (
                            "Confronta i due modelli: «Che differenza c'è tra questi due? Quale ha la batteria "
                            "migliore?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a memória",
                            "o disco",
                            "o ecrã",
                            "o processador",
                            "a polegada",
                            "comparar",
                            "rápido",
                        ],
                        "phrases": [
                            "Quanta memória RAM tem?",
                            "Qual é a diferença entre estes dois modelos?",
                            "O ecrã é de catorze polegadas?",
                            "Este é mais caro, mas é muito mais rápido?",
                            "Qual é que me recomendava?",
                        ],
                        "opening": (
                            "Tenho dois modelos que lhe podem interessar. Este tem mais memória, e este outro é mais "
                            "leve."
                        ),
                        "hint": (
                            "Compare os dois modelos: «Qual é a diferença entre estes dois? Qual tem melhor bateria?»"
                        ),
                    },
                },
            },
            {
                "name": "Warranty",
                "goal": "Ask about the guarantee, an extended warranty and the return policy.",
                "objectives": [
                    "Ask how long the guarantee lasts",
                    "Decide whether to buy an extended warranty",
                    "Ask what happens if the device breaks or you want to return it",
                ],
                "success_criteria": (
                    "The learner has asked about the guarantee and returns and decided about the extended warranty."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la garantía",
                            "la devolución",
                            "la reparación",
                            "el servicio técnico",
                            "ampliar",
                            "estropearse",
                            "el plazo",
                        ],
                        "phrases": [
                            "¿Cuántos años de garantía tiene?",
                            "¿Qué cubre la garantía ampliada?",
                            "¿Qué pasa si se estropea después de un año?",
                            "¿Puedo devolverlo si no me convence?",
                            "Creo que no necesito la garantía ampliada.",
                        ],
                        "opening": (
                            "Tiene dos años de garantía, pero también ofrecemos una garantía ampliada de tres años más."
                        ),
                        "hint": (
                            "Pregunta por la garantía antes de decidir: «¿Qué cubre exactamente la garantía ampliada y "
                            "cuánto cuesta?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la garantie",
                            "le retour",
                            "la réparation",
                            "le service après-vente",
                            "prolonger",
                            "tomber en panne",
                            "le délai",
                        ],
                        "phrases": [
                            "La garantie dure combien d'années ?",
                            "Qu'est-ce que l'extension de garantie couvre ?",
                            "Qu'est-ce qui se passe s'il tombe en panne après un an ?",
                            "Je peux le rapporter s'il ne me convient pas ?",
                            "Je crois que je n'ai pas besoin de l'extension de garantie.",
                        ],
                        "opening": (
                            "Il est garanti deux ans, mais nous proposons aussi une extension de garantie de trois ans."
                        ),
                        "hint": (
                            "Renseignez-vous sur la garantie avant de décider : « Qu'est-ce que l'extension de "
                            "garantie couvre exactement, et combien elle coûte ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Garantie",
                            "die Rückgabe",
                            "die Reparatur",
                            "der Kundendienst",
                            "verlängern",
                            "kaputtgehen",
                            "die Frist",
                        ],
                        "phrases": [
                            "Wie lange hat das Gerät Garantie?",
                            "Was deckt die Garantieverlängerung ab?",
                            "Was passiert, wenn er nach einem Jahr kaputtgeht?",
                            "Kann ich ihn zurückgeben, wenn er mir nicht gefällt?",
                            "Ich glaube, die Garantieverlängerung brauche ich nicht.",
                        ],
                        "opening": (
                            "Sie haben zwei Jahre Garantie, wir bieten aber auch eine Verlängerung um drei weitere "
                            "Jahre an."
                        ),
                        "hint": (
                            "Fragen Sie nach der Garantie, bevor Sie sich entscheiden: „Was genau deckt die "
                            "Garantieverlängerung ab, und was kostet sie?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la garanzia",
                            "il reso",
                            "la riparazione",
                            "l'assistenza tecnica",
                            "estendere",
                            "guastarsi",
                            "il termine",
                        ],
                        "phrases": [
                            "Quanti anni di garanzia ha?",
                            "Che cosa copre l'estensione di garanzia?",
                            "Che cosa succede se si guasta dopo un anno?",
                            "Posso restituirlo se non mi convince?",
                            "Penso di non aver bisogno dell'estensione di garanzia.",
                        ],
                        "opening": "Ha due anni di garanzia, ma offriamo anche un'estensione di altri tre anni.",
                        "hint": (
                            "Chiedi della garanzia prima di decidere: «Che cosa copre esattamente l'estensione di "
                            "garanzia e quanto costa?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a garantia",
                            "a devolução",
                            "a reparação",
                            "a assistência técnica",
                            "alargar",
                            "avariar",
                            "o prazo",
                        ],
                        "phrases": [
                            "Quantos anos de garantia tem?",
                            "O que é que a extensão de garantia cobre?",
                            "O que acontece se avariar depois de um ano?",
                            "Posso devolvê-lo se não gostar?",
                            "Acho que não preciso da extensão de garantia.",
                        ],
                        "opening": (
                            "Tem dois anos de garantia, mas também temos uma extensão de garantia de mais três anos."
                        ),
                        "hint": (
                            "Pergunte pela garantia antes de decidir: «O que é que a extensão de garantia cobre "
                            "exatamente e quanto custa?»"
                        ),
                    },
                },
            },
            {
                "name": "Purchase and delivery",
                "goal": "Pay for the device and arrange delivery or collection.",
                "objectives": [
                    "Choose how to pay",
                    "Ask about delivery or collection times",
                    "Give your address and a time that suits you",
                ],
                "success_criteria": (
                    "The learner has paid and agreed on delivery or collection with an address and a time."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el envío a domicilio",
                            "la entrega",
                            "recoger",
                            "la dirección",
                            "el plazo",
                            "la factura",
                            "pagar a plazos",
                        ],
                        "phrases": [
                            "Me lo llevo. ¿Puedo pagar a plazos?",
                            "¿Cuánto tarda el envío a domicilio?",
                            "¿Me lo pueden traer el sábado por la mañana?",
                            "Mi dirección es calle del Sol, número doce.",
                            "¿Me hace una factura, por favor?",
                        ],
                        "opening": "Perfecto. ¿Se lo lleva ahora o prefiere que se lo enviemos a casa?",
                        "hint": (
                            "Organiza la entrega: «Prefiero que me lo envíen a casa. ¿Me lo pueden traer el sábado?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la livraison à domicile",
                            "livrer",
                            "retirer",
                            "l'adresse",
                            "le créneau",
                            "la facture",
                            "payer en plusieurs fois",
                        ],
                        "phrases": [
                            "Je le prends. Je peux payer en plusieurs fois ?",
                            "La livraison à domicile prend combien de temps ?",
                            "Vous pouvez me le livrer samedi matin ?",
                            "Mon adresse, c'est douze rue du Soleil.",
                            "Vous pouvez me faire une facture, s'il vous plaît ?",
                        ],
                        "opening": "Parfait. Vous l'emportez tout de suite ou vous préférez une livraison à domicile ?",
                        "hint": (
                            "Organisez la livraison : « Je préfère une livraison à domicile. Vous pouvez me le livrer "
                            "samedi ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Lieferung",
                            "liefern",
                            "abholen",
                            "die Adresse",
                            "das Zeitfenster",
                            "die Rechnung",
                            "die Ratenzahlung",
                        ],
                        "phrases": [
                            "Ich nehme ihn. Kann ich in Raten zahlen?",
                            "Wie lange dauert die Lieferung nach Hause?",
                            "Können Sie ihn am Samstagvormittag liefern?",
                            "Meine Adresse ist Sonnenstraße zwölf.",
                            "Könnten Sie mir bitte eine Rechnung ausstellen?",
                        ],
                        "opening": "Perfekt. Nehmen Sie ihn gleich mit, oder sollen wir ihn Ihnen nach Hause liefern?",
                        "hint": (
                            "Vereinbaren Sie die Lieferung: „Liefern Sie ihn bitte nach Hause. Geht es am Samstag?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la consegna a domicilio",
                            "consegnare",
                            "ritirare",
                            "l'indirizzo",
                            "la fascia oraria",
                            "la fattura",
                            "pagare a rate",
                        ],
                        "phrases": [
                            "Lo prendo. Posso pagare a rate?",
                            "Quanto ci mette la consegna a domicilio?",
                            "Me lo potete portare sabato mattina?",
                            "Il mio indirizzo è via del Sole dodici.",
                            "Mi può fare la fattura, per favore?",
                        ],
                        "opening": "Perfetto. Lo porta via subito o preferisce la consegna a domicilio?",
                        "hint": (
                            "Organizza la consegna: «Preferisco la consegna a domicilio. Me lo potete portare sabato?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a entrega ao domicílio",
                            "entregar",
                            "levantar",
                            "a morada",
                            "o horário",
                            "a fatura",
                            "pagar às prestações",
                        ],
                        "phrases": [
                            "Vou levá-lo. Posso pagar às prestações?",
                            "Quanto tempo demora a entrega ao domicílio?",
                            "Podem entregá-lo no sábado de manhã?",
                            "A minha morada é Rua do Sol, número doze.",
                            "Pode passar-me a fatura, por favor?",
                        ],
                        "opening": "Perfeito. Leva-o já ou prefere que o entreguemos em casa?",
                        "hint": "Combine a entrega: «Prefiro que o entreguem em casa. Pode ser no sábado?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "reporting-a-theft-to-the-police",
        "title": "Reporting a theft to the police",
        "category": "emergency",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 15,
        "learner_role": "A tourist whose bag was stolen from a café terrace and who goes to the police to report it.",
        "tutor_role": "A police officer at the front desk of the local police station, who takes your statement.",
        "setting": (
            "A police station in the city centre on a weekday afternoon. An hour ago someone took your bag from the "
            "back of your chair while you were sitting on a café terrace, with your wallet, phone and keys inside."
        ),
        "cultural_notes": (
            "You usually need an official police report to claim on travel insurance or to replace stolen documents, "
            "so ask for a copy. Officers will ask precise questions about the time, the place and the stolen items, "
            "and often about the serial number of a phone. Block your bank cards as soon as possible, before or just "
            "after you go to the police."
        ),
        "learning_goals": [
            "Report a crime and say what happened",
            "Describe stolen objects and a suspect",
            "Understand the procedure and get a copy of the report",
        ],
        "phases": [
            {
                "name": "First report",
                "goal": "Explain briefly that you have been robbed and where and when it happened.",
                "objectives": [
                    "Say that you want to report a theft",
                    "Say where and when it happened",
                    "Say what was stolen",
                ],
                "success_criteria": (
                    "The learner has reported the theft with the place, the time and the main stolen items."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la denuncia",
                            "robar",
                            "el bolso",
                            "la cartera",
                            "la terraza",
                            "poner una denuncia",
                            "la comisaría",
                        ],
                        "phrases": [
                            "Quiero poner una denuncia por robo.",
                            "Me han robado el bolso.",
                            "Ha pasado hace una hora en una terraza del centro.",
                            "Dentro estaban la cartera, el móvil y las llaves.",
                            "No me he dado cuenta hasta que me he levantado.",
                        ],
                        "opening": "Buenas tardes. ¿Qué le ha pasado?",
                        "hint": (
                            "Di qué ha pasado, dónde y cuándo: «Me han robado el bolso hace una hora en una terraza "
                            "del centro.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la plainte",
                            "voler",
                            "le sac",
                            "le portefeuille",
                            "la terrasse",
                            "porter plainte",
                            "le commissariat",
                        ],
                        "phrases": [
                            "Je voudrais porter plainte pour vol.",
                            "On m'a volé mon sac.",
                            "C'est arrivé il y a une heure, à la terrasse d'un café du centre.",
                            "Il y avait mon portefeuille, mon téléphone et mes clés dedans.",
                            "Je l'ai remarqué seulement en me levant.",
                        ],
                        "opening": "Bonjour. Qu'est-ce qui vous est arrivé ?",
                        "hint": (
                            "Dites ce qui s'est passé, où et quand : « On m'a volé mon sac il y a une heure, à la "
                            "terrasse d'un café du centre. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Anzeige",
                            "stehlen",
                            "die Tasche",
                            "die Geldbörse",
                            "die Terrasse",
                            "Anzeige erstatten",
                            "die Polizeiwache",
                        ],
                        "phrases": [
                            "Ich möchte einen Diebstahl anzeigen.",
                            "Mir ist die Tasche gestohlen worden.",
                            "Das war vor einer Stunde auf einer Caféterrasse im Zentrum.",
                            "Darin waren meine Geldbörse, mein Handy und meine Schlüssel.",
                            "Ich habe es erst gemerkt, als ich aufgestanden bin.",
                        ],
                        "opening": "Guten Tag. Was ist passiert?",
                        "hint": (
                            "Sagen Sie, was passiert ist, wo und wann: „Mir wurde vor einer Stunde auf einer "
                            "Caféterrasse im Zentrum die Tasche gestohlen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la denuncia",
                            "rubare",
                            "la borsa",
                            "il portafoglio",
                            "il tavolino",
                            "sporgere denuncia",
                            "il commissariato",
                        ],
                        "phrases": [
                            "Vorrei sporgere denuncia per furto.",
                            "Mi hanno rubato la borsa.",
                            "È successo un'ora fa, al tavolino di un bar in centro.",
                            "Dentro c'erano il portafoglio, il cellulare e le chiavi.",
                            "Non ho notato niente fino al momento di andare via.",
                        ],
                        "opening": "Buongiorno. Che cosa le è successo?",
                        "hint": (
                            "Di' che cosa è successo, dove e quando: «Mi hanno rubato la borsa un'ora fa, al tavolino "
                            "di un bar in centro.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a queixa",
                            "roubar",
                            "a mala",
                            "a carteira",
                            "a esplanada",
                            "apresentar queixa",
                            "a esquadra",
                        ],
                        "phrases": [
                            "Queria apresentar queixa de um roubo.",
                            "Roubaram-me a mala.",
                            "Foi há uma hora, numa esplanada no centro.",
                            "Lá dentro estavam a carteira, o telemóvel e as chaves.",
                            "Só dei por isso quando me levantei.",
                        ],
                        "opening": "Boa tarde. O que é que lhe aconteceu?",
                        "hint": (
                            "Diga o que aconteceu, onde e quando: «Roubaram-me a mala há uma hora, numa esplanada no "
                            "centro.»"
                        ),
                    },
                },
            },
            {
                "name": "Details",
                "goal": "Describe the stolen items and anything you noticed about the thief.",
                "objectives": [
                    "Describe the bag and its contents",
                    "Give details such as colour, material or value",
                    "Describe a suspicious person if you saw one",
                ],
                "success_criteria": (
                    "The learner has described the items with at least two details and described the suspect or said "
                    "they saw nobody."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la marca",
                            "el color",
                            "el valor",
                            "el sospechoso",
                            "alto",
                            "la gorra",
                            "describir",
                        ],
                        "phrases": [
                            "Es un bolso negro de piel, de tamaño mediano.",
                            "El móvil es nuevo y vale unos seiscientos euros.",
                            "En la cartera tenía unos cien euros y dos tarjetas.",
                            "Vi a un chico joven, alto, con una gorra roja.",
                            "Se fue corriendo hacia la estación.",
                        ],
                        "opening": "Vamos a tomar los datos. ¿Cómo es el bolso y qué había dentro exactamente?",
                        "hint": (
                            "Describe con detalles: «Es un bolso negro de piel. Dentro había una cartera marrón con "
                            "unos cien euros.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la marque",
                            "la couleur",
                            "la valeur",
                            "le suspect",
                            "grand",
                            "la casquette",
                            "décrire",
                        ],
                        "phrases": [
                            "C'est un sac noir en cuir, de taille moyenne.",
                            "Le téléphone est neuf, il vaut environ six cents euros.",
                            "Dans le portefeuille, il y avait une centaine d'euros et deux cartes.",
                            "J'ai vu un jeune homme grand, avec une casquette rouge.",
                            "Il est parti en courant vers la gare.",
                        ],
                        "opening": (
                            "On va prendre les détails. Il est comment, ce sac, et qu'est-ce qu'il y avait dedans "
                            "exactement ?"
                        ),
                        "hint": (
                            "Décrivez avec des détails : « C'est un sac noir en cuir. Dedans, il y avait un "
                            "portefeuille marron avec une centaine d'euros. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Marke",
                            "die Farbe",
                            "der Wert",
                            "der Verdächtige",
                            "groß",
                            "die Kappe",
                            "beschreiben",
                        ],
                        "phrases": [
                            "Es ist eine schwarze Ledertasche, mittelgroß.",
                            "Das Handy ist neu und etwa sechshundert Euro wert.",
                            "In der Geldbörse waren etwa hundert Euro und zwei Karten.",
                            "Ich habe einen großen jungen Mann mit einer roten Kappe gesehen.",
                            "Er ist in Richtung Bahnhof weggelaufen.",
                        ],
                        "opening": (
                            "Dann nehmen wir die Einzelheiten auf. Wie sieht die Tasche aus, und was war genau drin?"
                        ),
                        "hint": (
                            "Beschreiben Sie genau: „Es ist eine schwarze Ledertasche. Darin war eine braune Geldbörse "
                            "mit etwa hundert Euro.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la marca",
                            "il colore",
                            "il valore",
                            "il sospettato",
                            "alto",
                            "il cappellino",
                            "descrivere",
                        ],
                        "phrases": [
                            "È una borsa nera di pelle, di media grandezza.",
                            "Il cellulare è nuovo, vale circa seicento euro.",
                            "Nel portafoglio c'erano un centinaio di euro e due carte.",
                            "Ho visto un ragazzo alto, con un cappellino rosso.",
                            "È scappato verso la stazione.",
                        ],
                        "opening": "Prendiamo i dati. Com'è la borsa e che cosa c'era dentro, esattamente?",
                        "hint": (
                            "Descrivi con i dettagli: «È una borsa nera di pelle. Dentro c'era un portafoglio marrone "
                            "con un centinaio di euro.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": ["a marca", "a cor", "o valor", "o suspeito", "alto", "o boné", "descrever"],
                        "phrases": [
                            "É uma mala preta de pele, de tamanho médio.",
                            "O telemóvel é novo, vale uns seiscentos euros.",
                            "Na carteira tinha uns cem euros e dois cartões.",
                            "Vi um rapaz alto, com um boné vermelho.",
                            "Fugiu a correr em direção à estação.",
                        ],
                        "opening": (
                            "Vamos tomar nota dos pormenores. Como é a mala e o que é que tinha lá dentro, exatamente?"
                        ),
                        "hint": (
                            "Descreva com pormenores: «É uma mala preta de pele. Lá dentro havia uma carteira castanha "
                            "com uns cem euros.»"
                        ),
                    },
                },
            },
            {
                "name": "Questions",
                "goal": "Answer the officer's questions and check the information in the report.",
                "objectives": [
                    "Give your contact details",
                    "Mention witnesses or cameras",
                    "Correct or confirm details in the report",
                ],
                "success_criteria": (
                    "The learner has answered the officer's questions and confirmed or corrected the report."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "los datos personales",
                            "la dirección",
                            "el testigo",
                            "la cámara de seguridad",
                            "confirmar",
                            "corregir",
                            "firmar",
                        ],
                        "phrases": [
                            "Me alojo en el hotel Central, habitación doce.",
                            "Pueden llamarme al número del hotel.",
                            "Sí, había un camarero que lo vio todo.",
                            "Creo que hay una cámara en la entrada del bar.",
                            "Perdone, la hora no es correcta: fue a las tres, no a las cuatro.",
                        ],
                        "opening": "Necesito algunos datos más. ¿Dónde se aloja y cómo podemos contactar con usted?",
                        "hint": (
                            "Corrige un dato si hace falta: «Perdone, hay un error: no fue a las cuatro, sino a las "
                            "tres.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "les coordonnées",
                            "l'adresse",
                            "le témoin",
                            "la caméra de surveillance",
                            "confirmer",
                            "corriger",
                            "signer",
                        ],
                        "phrases": [
                            "Je loge à l'hôtel Central, chambre douze.",
                            "Vous pouvez me joindre au numéro de l'hôtel.",
                            "Oui, un serveur a tout vu.",
                            "Je crois qu'il y a une caméra à l'entrée du café.",
                            "Excusez-moi, l'heure n'est pas bonne : c'était à quinze heures, pas à seize heures.",
                        ],
                        "opening": (
                            "J'ai besoin de quelques informations de plus. Où logez-vous, et comment peut-on vous "
                            "joindre ?"
                        ),
                        "hint": (
                            "Corrigez une information si nécessaire : « Excusez-moi, il y a une erreur : ce n'était "
                            "pas à seize heures, mais à quinze heures. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Personalien",
                            "die Anschrift",
                            "der Zeuge",
                            "die Überwachungskamera",
                            "bestätigen",
                            "korrigieren",
                            "unterschreiben",
                        ],
                        "phrases": [
                            "Ich wohne im Hotel Central, Zimmer zwölf.",
                            "Sie können mich über die Nummer des Hotels erreichen.",
                            "Ja, ein Kellner hat alles gesehen.",
                            "Ich glaube, am Eingang des Cafés gibt es eine Kamera.",
                            "Entschuldigung, die Uhrzeit stimmt nicht: Es war um drei, nicht um vier.",
                        ],
                        "opening": (
                            "Ich brauche noch ein paar Angaben. Wo wohnen Sie, und wie können wir Sie erreichen?"
                        ),
                        "hint": (
                            "Korrigieren Sie eine Angabe, wenn nötig: „Entschuldigung, da ist ein Fehler: Es war nicht "
                            "um vier, sondern um drei Uhr.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "i dati personali",
                            "l'indirizzo",
                            "il testimone",
                            "la telecamera",
                            "confermare",
                            "correggere",
                            "firmare",
                        ],
                        "phrases": [
                            "Alloggio all'hotel Centrale, camera dodici.",
                            "Mi potete contattare al numero dell'albergo.",
                            "Sì, un cameriere ha visto tutto.",
                            "Credo che ci sia una telecamera all'ingresso del bar.",
                            "Scusi, l'ora non è giusta: erano le tre, non le quattro.",
                        ],
                        "opening": "Mi servono ancora alcuni dati. Dove alloggia e come possiamo contattarla?",
                        "hint": "Correggi un dato se serve: «Scusi, c'è un errore: non erano le quattro, ma le tre.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "os dados pessoais",
                            "a morada",
                            "a testemunha",
                            "a câmara de vigilância",
                            "confirmar",
                            "corrigir",
                            "assinar",
                        ],
                        "phrases": [
                            "Fico no Hotel Central, no quarto doze.",
                            "Podem contactar-me pelo número do hotel.",
                            "Sim, um empregado de mesa viu tudo.",
                            "Acho que há uma câmara à entrada do café.",
                            "Desculpe, a hora não está certa: foi às três, não às quatro.",
                        ],
                        "opening": (
                            "Preciso de mais alguns dados. Onde é que está a ficar e como podemos entrar em contacto "
                            "consigo?"
                        ),
                        "hint": (
                            "Corrija um dado se for preciso: «Desculpe, há um erro: não foi às quatro, foi às três.»"
                        ),
                    },
                },
            },
            {
                "name": "Next steps",
                "goal": "Find out what happens next and what you need to do yourself.",
                "objectives": [
                    "Ask for a copy of the report",
                    "Ask how you will be informed if something is found",
                    "Ask what to do about your cards and documents",
                ],
                "success_criteria": (
                    "The learner has asked for a copy of the report and about the next steps for the items and "
                    "documents."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la copia",
                            "el seguro",
                            "bloquear",
                            "avisar",
                            "el documento",
                            "recuperar",
                            "el número de denuncia",
                        ],
                        "phrases": [
                            "¿Me puede dar una copia de la denuncia?",
                            "La necesito para el seguro.",
                            "¿Me avisarán si encuentran algo?",
                            "Ya he bloqueado las tarjetas.",
                            "¿Qué tengo que hacer para recuperar mis documentos?",
                        ],
                        "opening": "Bueno, la denuncia ya está hecha. ¿Tiene alguna pregunta?",
                        "hint": (
                            "Pide una copia y pregunta qué pasa ahora: «¿Me puede dar una copia? La necesito para el "
                            "seguro.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la copie",
                            "l'assurance",
                            "faire opposition",
                            "prévenir",
                            "le document",
                            "retrouver",
                            "le numéro de plainte",
                        ],
                        "phrases": [
                            "Vous pouvez me donner une copie de la plainte ?",
                            "J'en ai besoin pour l'assurance.",
                            "Vous me préviendrez si vous retrouvez quelque chose ?",
                            "J'ai déjà fait opposition sur mes cartes.",
                            "Qu'est-ce que je dois faire pour mes papiers ?",
                        ],
                        "opening": "Bon, votre plainte est enregistrée. Vous avez des questions ?",
                        "hint": (
                            "Demandez une copie et la suite : « Vous pouvez me donner une copie ? J'en ai besoin pour "
                            "l'assurance. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Kopie",
                            "die Versicherung",
                            "sperren lassen",
                            "benachrichtigen",
                            "das Dokument",
                            "wiederfinden",
                            "das Aktenzeichen",
                        ],
                        "phrases": [
                            "Kann ich bitte eine Kopie der Anzeige bekommen?",
                            "Die brauche ich für die Versicherung.",
                            "Werde ich benachrichtigt, wenn etwas gefunden wird?",
                            "Meine Karten habe ich schon sperren lassen.",
                            "Was muss ich wegen meiner Dokumente tun?",
                        ],
                        "opening": "So, die Anzeige ist aufgenommen. Haben Sie noch Fragen?",
                        "hint": (
                            "Bitten Sie um eine Kopie und fragen Sie nach dem weiteren Ablauf: „Kann ich eine Kopie "
                            "bekommen? Ich brauche sie für die Versicherung.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la copia",
                            "l'assicurazione",
                            "bloccare",
                            "avvisare",
                            "il documento",
                            "ritrovare",
                            "il numero di pratica",
                        ],
                        "phrases": [
                            "Mi può dare una copia della denuncia?",
                            "Mi serve per l'assicurazione.",
                            "Mi avviserete se trovate qualcosa?",
                            "Ho già bloccato le carte.",
                            "Che cosa devo fare per i documenti?",
                        ],
                        "opening": "Bene, la denuncia è fatta. Ha qualche domanda?",
                        "hint": (
                            "Chiedi una copia e che cosa succede adesso: «Mi può dare una copia? Mi serve per "
                            "l'assicurazione.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a cópia",
                            "o seguro",
                            "cancelar",
                            "avisar",
                            "o documento",
                            "recuperar",
                            "o número da queixa",
                        ],
                        "phrases": [
                            "Pode dar-me uma cópia da queixa?",
                            "Preciso dela para o seguro.",
                            "Avisam-me se encontrarem alguma coisa?",
                            "Já cancelei os cartões.",
                            "O que é que tenho de fazer em relação aos documentos?",
                        ],
                        "opening": "Bem, a queixa já está registada. Tem alguma pergunta?",
                        "hint": (
                            "Peça uma cópia e pergunte o que acontece a seguir: «Pode dar-me uma cópia? Preciso dela "
                            "para o seguro.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "lost-passport-at-the-embassy",
        "title": "Lost passport at the embassy",
        "category": "emergency",
        "level_min": "B2",
        "level_max": "B2",
        "minutes": 16,
        "learner_role": (
            "A traveller abroad who discovers, two days before the flight home, that their passport is missing."
        ),
        "tutor_role": (
            "A police officer who records the loss, then a consular officer at the embassy who issues an emergency "
            "document."
        ),
        "setting": (
            "A capital city during a business trip, two days before your flight home. Your passport went missing on a "
            "crowded tram, so you first report the loss at a police station and then go to the consular section of the "
            "embassy."
        ),
        "cultural_notes": (
            "Most embassies ask for a police report of the loss or theft before they issue an emergency travel "
            "document, so get one first. Consular staff follow strict identity checks and may ask for a copy of the "
            "lost passport, passport photos and proof of your travel plans. An emergency document is usually valid "
            "only for the journey home, and a fee is common. Formal, precise language and patience go a long way in "
            "these situations."
        ),
        "learning_goals": [
            "Report the loss of an official document precisely and formally",
            "Understand and discuss administrative procedures and requirements",
            "Talk about hypothetical situations and precautions with conditional forms",
        ],
        "phases": [
            {
                "name": "Report",
                "goal": "Report the loss of your passport to the police and get a written record.",
                "objectives": [
                    "Explain when and where you last had the passport",
                    "Say whether you think it was lost or stolen",
                    "Ask for a written report for the embassy",
                ],
                "success_criteria": (
                    "The learner has described the circumstances of the loss and obtained a report for the embassy."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el pasaporte",
                            "la pérdida",
                            "extraviar",
                            "el justificante",
                            "la declaración",
                            "sospechar",
                            "el tranvía",
                        ],
                        "phrases": [
                            "Vengo a denunciar la pérdida de mi pasaporte.",
                            "La última vez que lo vi fue esta mañana, antes de subir al tranvía.",
                            "No sé con certeza si me lo han robado o si se me ha caído.",
                            "Necesito un justificante de la denuncia para la embajada.",
                            "Mi vuelo de regreso sale pasado mañana.",
                        ],
                        "opening": "Buenos días. Tome asiento. ¿Qué documento ha perdido y cuándo se dio cuenta?",
                        "hint": (
                            "Explica las circunstancias con precisión: «Lo tenía esta mañana en el bolsillo de la "
                            "chaqueta, pero al bajar del tranvía ya no estaba.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le passeport",
                            "la perte",
                            "égarer",
                            "le récépissé",
                            "la déclaration",
                            "soupçonner",
                            "le tramway",
                        ],
                        "phrases": [
                            "Je viens déclarer la perte de mon passeport.",
                            "La dernière fois que je l'ai vu, c'était ce matin, avant de prendre le tramway.",
                            "Je ne sais pas si on me l'a volé ou si je l'ai perdu.",
                            "J'ai besoin d'un récépissé de déclaration pour l'ambassade.",
                            "Mon vol retour est après-demain.",
                        ],
                        "opening": (
                            "Bonjour, asseyez-vous. Quel document avez-vous perdu, et quand l'avez-vous remarqué ?"
                        ),
                        "hint": (
                            "Expliquez les circonstances avec précision : « Je l'avais ce matin dans la poche de ma "
                            "veste, mais en descendant du tramway, il n'y était plus. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Reisepass",
                            "der Verlust",
                            "verlieren",
                            "die Bescheinigung",
                            "die Verlustanzeige",
                            "vermuten",
                            "die Straßenbahn",
                        ],
                        "phrases": [
                            "Ich möchte den Verlust meines Reisepasses melden.",
                            "Zuletzt hatte ich ihn heute Morgen, bevor ich in die Straßenbahn gestiegen bin.",
                            "Ich weiß nicht genau, ob er gestohlen wurde oder ob ich ihn verloren habe.",
                            "Ich brauche eine Bescheinigung über die Verlustanzeige für die Botschaft.",
                            "Mein Rückflug ist übermorgen.",
                        ],
                        "opening": (
                            "Guten Tag, nehmen Sie Platz. Welches Dokument haben Sie verloren, und wann haben Sie es "
                            "bemerkt?"
                        ),
                        "hint": (
                            "Schildern Sie die Umstände genau: „Heute Morgen hatte ich ihn noch in der Jackentasche, "
                            "aber als ich aus der Straßenbahn gestiegen bin, war er weg.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il passaporto",
                            "lo smarrimento",
                            "smarrire",
                            "la ricevuta",
                            "la denuncia",
                            "sospettare",
                            "il tram",
                        ],
                        "phrases": [
                            "Vorrei denunciare lo smarrimento del mio passaporto.",
                            "L'ultima volta che l'ho visto è stato stamattina, prima di salire sul tram.",
                            "Non so se me l'hanno rubato o se l'ho perso.",
                            "Mi serve una copia della denuncia per l'ambasciata.",
                            "Il mio volo di ritorno è dopodomani.",
                        ],
                        "opening": "Buongiorno, si accomodi. Che documento ha perso e quando l'ha notato?",
                        "hint": (
                            "Spiega le circostanze con precisione: «Stamattina ce l'avevo nella tasca della giacca, ma "
                            "alla fermata del tram non c'era più.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o passaporte",
                            "a perda",
                            "extraviar",
                            "o comprovativo",
                            "a participação",
                            "suspeitar",
                            "o elétrico",
                        ],
                        "phrases": [
                            "Venho participar a perda do meu passaporte.",
                            "A última vez que o vi foi hoje de manhã, antes de apanhar o elétrico.",
                            "Não sei se mo roubaram ou se o perdi.",
                            "Preciso de um comprovativo da participação para a embaixada.",
                            "O meu voo de regresso é depois de amanhã.",
                        ],
                        "opening": "Bom dia, sente-se. Que documento perdeu e quando é que deu pela falta?",
                        "hint": (
                            "Explique as circunstâncias com precisão: «Hoje de manhã tinha-o no bolso do casaco, mas "
                            "quando saí do elétrico já lá não estava.»"
                        ),
                    },
                },
            },
            {
                "name": "Embassy",
                "goal": "Explain your situation at the consular section and understand what you need to provide.",
                "objectives": [
                    "Explain your situation and your travel date",
                    "Prove your identity with other documents",
                    "Understand the list of requirements",
                ],
                "success_criteria": (
                    "The learner has explained the situation, offered proof of identity and understood which documents "
                    "are required."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la embajada",
                            "la sección consular",
                            "el requisito",
                            "acreditar",
                            "la fotocopia",
                            "el documento de identidad",
                            "la cita previa",
                        ],
                        "phrases": [
                            "He perdido el pasaporte y vuelo pasado mañana.",
                            "Aquí tengo la denuncia de la policía.",
                            "Tengo una fotocopia del pasaporte y mi carné de conducir.",
                            "¿Qué documentos necesitan exactamente?",
                            "¿Es necesario pedir cita previa o me pueden atender hoy?",
                        ],
                        "opening": "Buenos días, sección consular. ¿En qué puedo ayudarle?",
                        "hint": (
                            "Explica tu situación y lo que traes: «He perdido el pasaporte y vuelo pasado mañana. "
                            "Traigo la denuncia y una fotocopia.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'ambassade",
                            "la section consulaire",
                            "la pièce justificative",
                            "justifier",
                            "la photocopie",
                            "la pièce d'identité",
                            "le rendez-vous",
                        ],
                        "phrases": [
                            "J'ai perdu mon passeport et je prends l'avion après-demain.",
                            "Voici la déclaration de perte de la police.",
                            "J'ai une photocopie de mon passeport et mon permis de conduire.",
                            "Quels documents vous faut-il exactement ?",
                            "Faut-il prendre rendez-vous, ou pouvez-vous me recevoir aujourd'hui ?",
                        ],
                        "opening": "Bonjour, section consulaire. Que puis-je faire pour vous ?",
                        "hint": (
                            "Expliquez votre situation et ce que vous avez : « J'ai perdu mon passeport et je pars "
                            "après-demain. J'ai la déclaration de perte et une photocopie. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Botschaft",
                            "die Konsularabteilung",
                            "die Voraussetzung",
                            "nachweisen",
                            "die Kopie",
                            "der Ausweis",
                            "der Termin",
                        ],
                        "phrases": [
                            "Ich habe meinen Reisepass verloren und fliege übermorgen zurück.",
                            "Hier ist die Verlustanzeige der Polizei.",
                            "Ich habe eine Kopie meines Passes und meinen Führerschein dabei.",
                            "Welche Unterlagen brauchen Sie genau?",
                            "Brauche ich einen Termin, oder können Sie mich heute noch drannehmen?",
                        ],
                        "opening": "Guten Tag, Konsularabteilung. Was kann ich für Sie tun?",
                        "hint": (
                            "Erklären Sie Ihre Lage und was Sie dabeihaben: „Ich habe meinen Pass verloren und fliege "
                            "übermorgen. Ich habe die Verlustanzeige und eine Kopie dabei.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'ambasciata",
                            "l'ufficio consolare",
                            "il requisito",
                            "dimostrare",
                            "la fotocopia",
                            "il documento d'identità",
                            "l'appuntamento",
                        ],
                        "phrases": [
                            "Ho perso il passaporto e parto dopodomani.",
                            "Ecco la denuncia della polizia.",
                            "Ho una fotocopia del passaporto e la patente.",
                            "Quali documenti servono esattamente?",
                            "Devo prendere un appuntamento o potete ricevermi oggi?",
                        ],
                        "opening": "Buongiorno, ufficio consolare. In che cosa posso esserle utile?",
                        "hint": (
                            "Spiega la tua situazione e che cosa hai: «Ho perso il passaporto e parto dopodomani. Ho "
                            "la denuncia e una fotocopia.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a embaixada",
                            "a secção consular",
                            "o requisito",
                            "comprovar",
                            "a fotocópia",
                            "o documento de identificação",
                            "a marcação",
                        ],
                        "phrases": [
                            "Perdi o passaporte e o meu voo é depois de amanhã.",
                            "Aqui tem a participação da polícia.",
                            "Tenho uma fotocópia do passaporte e a carta de condução.",
                            "Que documentos são precisos exatamente?",
                            "É preciso fazer marcação ou podem atender-me hoje?",
                        ],
                        "opening": "Bom dia, secção consular. Em que posso ajudar?",
                        "hint": (
                            "Explique a sua situação e o que traz: «Perdi o passaporte e viajo depois de amanhã. Trago "
                            "a participação e uma fotocópia.»"
                        ),
                    },
                },
            },
            {
                "name": "Replacement",
                "goal": "Apply for an emergency travel document and understand the conditions, cost and timing.",
                "objectives": [
                    "Ask about the options for a replacement",
                    "Ask about fees, photos and processing time",
                    "Check the document will be valid for your journey",
                ],
                "success_criteria": (
                    "The learner has chosen an option, understood the cost and timing and checked the validity."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el pasaporte provisional",
                            "el salvoconducto",
                            "la tasa",
                            "la foto de carné",
                            "tramitar",
                            "la validez",
                            "el plazo",
                        ],
                        "phrases": [
                            "¿Qué diferencia hay entre un pasaporte provisional y un salvoconducto?",
                            "¿Cuánto cuesta la tasa y cómo se paga?",
                            "¿Cuánto tardarían en tramitarlo?",
                            "¿Me serviría también para hacer escala en otro país?",
                            "Si me lo dieran mañana, llegaría a tiempo para el vuelo.",
                        ],
                        "opening": (
                            "En su caso podemos expedirle un documento de viaje provisional. Necesitaré dos "
                            "fotografías y el pago de la tasa."
                        ),
                        "hint": (
                            "Pregunta por el plazo y la validez: «¿Cuánto tardarían en tramitarlo? ¿Sería válido si "
                            "hago escala en otro país?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le passeport d'urgence",
                            "le laissez-passer",
                            "les frais",
                            "la photo d'identité",
                            "délivrer",
                            "la validité",
                            "le délai",
                        ],
                        "phrases": [
                            "Quelle est la différence entre un passeport d'urgence et un laissez-passer ?",
                            "Combien coûtent les frais, et comment peut-on payer ?",
                            "Il faudrait combien de temps pour le délivrer ?",
                            "Est-ce qu'il serait valable pour une escale dans un autre pays ?",
                            "Si je l'avais demain, j'arriverais à temps pour mon vol.",
                        ],
                        "opening": (
                            "Dans votre cas, nous pouvons vous délivrer un document de voyage provisoire. Il me faudra "
                            "deux photos d'identité et le paiement des frais."
                        ),
                        "hint": (
                            "Demandez le délai et la validité : « Il faudrait combien de temps pour le délivrer ? "
                            "Serait-il valable pour une escale ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Reiseausweis",
                            "der Notpass",
                            "die Gebühr",
                            "das Passfoto",
                            "ausstellen",
                            "die Gültigkeit",
                            "die Bearbeitungszeit",
                        ],
                        "phrases": [
                            "Was ist der Unterschied zwischen einem Notpass und einem Reiseausweis?",
                            "Wie hoch ist die Gebühr, und wie kann ich bezahlen?",
                            "Wie lange würde die Ausstellung dauern?",
                            "Wäre das Dokument auch für eine Zwischenlandung in einem anderen Land gültig?",
                            "Wenn ich es morgen bekäme, würde ich meinen Flug noch erreichen.",
                        ],
                        "opening": (
                            "In Ihrem Fall können wir Ihnen ein vorläufiges Reisedokument ausstellen. Dafür brauche "
                            "ich zwei Passfotos und die Gebühr."
                        ),
                        "hint": (
                            "Fragen Sie nach Dauer und Gültigkeit: „Wie lange würde die Ausstellung dauern? Wäre es "
                            "bei einer Zwischenlandung gültig?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il passaporto temporaneo",
                            "il lasciapassare",
                            "la tassa",
                            "la fototessera",
                            "rilasciare",
                            "la validità",
                            "i tempi",
                        ],
                        "phrases": [
                            "Che differenza c'è tra un passaporto temporaneo e un lasciapassare?",
                            "Quanto costa la tassa e come si paga?",
                            "Quanto tempo ci vorrebbe per rilasciarlo?",
                            "Sarebbe valido anche per uno scalo in un altro paese?",
                            "Se me lo deste domani, farei in tempo a prendere il volo.",
                        ],
                        "opening": (
                            "Nel suo caso possiamo rilasciarle un documento di viaggio provvisorio. Mi servono due "
                            "fototessere e il pagamento della tassa."
                        ),
                        "hint": (
                            "Chiedi dei tempi e della validità: «Quanto tempo ci vorrebbe per rilasciarlo? Sarebbe "
                            "valido per uno scalo?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o passaporte temporário",
                            "o título de viagem",
                            "a taxa",
                            "a fotografia tipo passe",
                            "emitir",
                            "a validade",
                            "o prazo",
                        ],
                        "phrases": [
                            "Qual é a diferença entre um passaporte temporário e um título de viagem?",
                            "Quanto é a taxa e como se paga?",
                            "Quanto tempo demorariam a emiti-lo?",
                            "Seria válido também para uma escala noutro país?",
                            "Se mo dessem amanhã, ainda chegava a tempo do voo.",
                        ],
                        "opening": (
                            "No seu caso, podemos emitir-lhe um documento de viagem provisório. Preciso de duas "
                            "fotografias tipo passe e do pagamento da taxa."
                        ),
                        "hint": (
                            "Pergunte pelo prazo e pela validade: «Quanto tempo demorariam a emiti-lo? Seria válido "
                            "para uma escala?»"
                        ),
                    },
                },
            },
            {
                "name": "Prevention",
                "goal": "Talk with the officer about how to protect your documents in future.",
                "objectives": [
                    "Say what you would have done differently",
                    "Ask for advice on keeping documents safe",
                    "Say what you would do if it happened again",
                ],
                "success_criteria": (
                    "The learner has reflected on the loss with conditional forms and asked for at least one piece of "
                    "advice."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "prevenir",
                            "la copia digital",
                            "la caja fuerte",
                            "el bolsillo interior",
                            "guardar",
                            "el carterista",
                            "precavido",
                        ],
                        "phrases": [
                            "Si hubiera dejado el pasaporte en la caja fuerte del hotel, esto no habría pasado.",
                            "A partir de ahora llevaré solo una copia.",
                            "¿Qué me recomienda para viajar con más seguridad?",
                            "¿Conviene guardar una copia digital en el móvil?",
                            "Si volviera a pasarme, iría directamente a la policía.",
                        ],
                        "opening": "Ya está todo en marcha. ¿Quiere que le dé algunos consejos para su próximo viaje?",
                        "hint": (
                            "Usa el condicional para reflexionar: «Si hubiera dejado el pasaporte en la caja fuerte, "
                            "no lo habría perdido.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "prévenir",
                            "la copie numérique",
                            "le coffre-fort",
                            "la poche intérieure",
                            "ranger",
                            "le pickpocket",
                            "prudent",
                        ],
                        "phrases": [
                            "Si j'avais laissé mon passeport dans le coffre de l'hôtel, ça ne serait pas arrivé.",
                            "Désormais, je ne garderai sur moi qu'une copie.",
                            "Qu'est-ce que vous me conseillez pour voyager plus sereinement ?",
                            "Est-ce que ça vaut la peine de garder une copie numérique sur mon téléphone ?",
                            "Si ça se reproduisait, j'irais directement à la police.",
                        ],
                        "opening": (
                            "Voilà, tout est en cours. Vous voulez quelques conseils pour votre prochain voyage ?"
                        ),
                        "hint": (
                            "Utilisez le conditionnel pour réfléchir : « Si j'avais laissé mon passeport dans le "
                            "coffre-fort, je ne l'aurais pas perdu. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "vorbeugen",
                            "die Digitalkopie",
                            "der Safe",
                            "die Innentasche",
                            "aufbewahren",
                            "der Taschendieb",
                            "vorsichtig",
                        ],
                        "phrases": [
                            "Wenn ich den Pass im Hotelsafe gelassen hätte, wäre das nicht passiert.",
                            "In Zukunft nehme ich nur noch eine Kopie mit.",
                            "Was würden Sie mir raten, damit ich sicherer reise?",
                            "Lohnt es sich, eine Digitalkopie auf dem Handy zu speichern?",
                            "Wenn mir das noch einmal passieren würde, ginge ich sofort zur Polizei.",
                        ],
                        "opening": (
                            "So, alles ist in die Wege geleitet. Möchten Sie noch ein paar Tipps für Ihre nächste "
                            "Reise?"
                        ),
                        "hint": (
                            "Benutzen Sie den Konjunktiv, um zurückzublicken: „Wenn ich den Pass im Safe gelassen "
                            "hätte, hätte ich ihn nicht verloren.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "prevenire",
                            "la copia digitale",
                            "la cassaforte",
                            "la tasca interna",
                            "custodire",
                            "il borseggiatore",
                            "prudente",
                        ],
                        "phrases": [
                            "Se avessi lasciato il passaporto nella cassaforte dell'albergo, non sarebbe successo.",
                            "D'ora in poi porterò con me solo una copia.",
                            "Che cosa mi consiglia per viaggiare in modo più sicuro?",
                            "Conviene tenere una copia digitale sul cellulare?",
                            "Se mi capitasse di nuovo, andrei subito alla polizia.",
                        ],
                        "opening": "Ecco, è tutto avviato. Vuole qualche consiglio per il suo prossimo viaggio?",
                        "hint": (
                            "Usa il condizionale per riflettere: «Se avessi lasciato il passaporto in cassaforte, non "
                            "l'avrei perso.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "prevenir",
                            "a cópia digital",
                            "o cofre",
                            "o bolso interior",
                            "guardar",
                            "o carteirista",
                            "cauteloso",
                        ],
                        "phrases": [
                            "Se tivesse deixado o passaporte no cofre do hotel, isto não teria acontecido.",
                            "A partir de agora, vou andar só com uma cópia.",
                            "O que me aconselha para viajar com mais segurança?",
                            "Vale a pena guardar uma cópia digital no telemóvel?",
                            "Se me voltasse a acontecer, ia logo à polícia.",
                        ],
                        "opening": "Pronto, está tudo encaminhado. Quer alguns conselhos para a sua próxima viagem?",
                        "hint": (
                            "Use o condicional para refletir: «Se tivesse deixado o passaporte no cofre, não o teria "
                            "perdido.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "joining-a-gym",
        "title": "Joining a gym",
        "category": "hobbies",
        "level_min": "A2",
        "level_max": "A2",
        "minutes": 14,
        "learner_role": "Someone who wants to get fit and visits a local gym to sign up.",
        "tutor_role": "A friendly member of staff at reception, who shows you round and helps you get started.",
        "setting": (
            "A modern gym in your neighbourhood, with a weights area, machines, a studio for classes and a small pool. "
            "You have come in on a weekday evening to ask about membership."
        ),
        "cultural_notes": (
            "Gyms usually offer monthly or yearly memberships, and many require a minimum contract period and notice "
            "to cancel, so read the conditions. Staff often use the familiar form of address with members. You are "
            "expected to bring a towel, wipe the machines after use and put weights back where you found them."
        ),
        "learning_goals": [
            "Ask about membership options, prices and conditions",
            "Ask about facilities and opening hours",
            "Talk about your fitness goals and understand gym rules",
        ],
        "phases": [
            {
                "name": "Membership",
                "goal": "Ask about membership types, prices and conditions and choose one.",
                "objectives": [
                    "Ask what memberships there are",
                    "Ask about prices and the minimum contract",
                    "Choose a membership",
                ],
                "success_criteria": (
                    "The learner has compared at least two options, asked about the conditions and chosen a membership."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la cuota",
                            "la matrícula",
                            "el gimnasio",
                            "mensual",
                            "la permanencia",
                            "darse de baja",
                            "apuntarse",
                        ],
                        "phrases": [
                            "Quería apuntarme al gimnasio.",
                            "¿Cuánto cuesta la cuota mensual?",
                            "¿Hay permanencia mínima?",
                            "¿Las clases están incluidas?",
                            "¿Cómo me doy de baja si quiero dejarlo?",
                        ],
                        "opening": "¡Hola! ¿Vienes a informarte? Tenemos cuota mensual y cuota anual.",
                        "hint": (
                            "Pregunta por el precio y las condiciones: «¿Cuánto cuesta la cuota mensual? ¿Hay "
                            "permanencia mínima?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'abonnement",
                            "les frais d'inscription",
                            "la salle de sport",
                            "mensuel",
                            "l'engagement",
                            "résilier",
                            "s'inscrire",
                        ],
                        "phrases": [
                            "Je voudrais m'inscrire à la salle.",
                            "Combien coûte l'abonnement mensuel ?",
                            "Il y a une durée d'engagement minimum ?",
                            "Les cours sont compris ?",
                            "Comment je fais pour résilier si je veux arrêter ?",
                        ],
                        "opening": (
                            "Bonjour ! Vous venez vous renseigner ? Nous avons un abonnement mensuel et un abonnement "
                            "annuel."
                        ),
                        "hint": (
                            "Demandez le prix et les conditions : « Combien coûte l'abonnement mensuel ? Il y a un "
                            "engagement minimum ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Mitgliedschaft",
                            "der Monatsbeitrag",
                            "das Fitnessstudio",
                            "monatlich",
                            "die Mindestlaufzeit",
                            "kündigen",
                            "sich anmelden",
                        ],
                        "phrases": [
                            "Ich würde mich gern hier anmelden.",
                            "Wie viel kostet der Monatsbeitrag?",
                            "Gibt es eine Mindestlaufzeit?",
                            "Sind die Kurse inklusive?",
                            "Wie kann ich kündigen, wenn ich aufhören will?",
                        ],
                        "opening": (
                            "Hi! Willst du dich informieren? Wir haben eine Monats- und eine Jahresmitgliedschaft."
                        ),
                        "hint": (
                            "Fragen Sie nach Preis und Bedingungen: „Wie viel kostet der Monatsbeitrag? Gibt es eine "
                            "Mindestlaufzeit?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'abbonamento",
                            "la quota d'iscrizione",
                            "la palestra",
                            "mensile",
                            "il vincolo",
                            "disdire",
                            "iscriversi",
                        ],
                        "phrases": [
                            "Vorrei iscrivermi in palestra.",
                            "Quanto costa l'abbonamento mensile?",
                            "C'è un vincolo minimo?",
                            "I corsi sono compresi?",
                            "Come faccio a disdire se voglio smettere?",
                        ],
                        "opening": "Ciao! Vuoi qualche informazione? Abbiamo l'abbonamento mensile e quello annuale.",
                        "hint": (
                            "Chiedi il prezzo e le condizioni: «Quanto costa l'abbonamento mensile? C'è un vincolo "
                            "minimo?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a mensalidade",
                            "a inscrição",
                            "o ginásio",
                            "mensal",
                            "o período de fidelização",
                            "cancelar",
                            "inscrever-se",
                        ],
                        "phrases": [
                            "Queria inscrever-me no ginásio.",
                            "Quanto é a mensalidade?",
                            "Há período de fidelização?",
                            "As aulas estão incluídas?",
                            "Como é que cancelo se quiser desistir?",
                        ],
                        "opening": "Olá! Vens pedir informações? Temos planos mensais e anuais.",
                        "hint": (
                            "Pergunte pelo preço e pelas condições: «Quanto é a mensalidade? Há período de "
                            "fidelização?»"
                        ),
                    },
                },
            },
            {
                "name": "Tour",
                "goal": "Look round the gym and ask about the facilities and opening hours.",
                "objectives": [
                    "Ask what is in each area",
                    "Ask about opening hours and busy times",
                    "Ask about the changing rooms and lockers",
                ],
                "success_criteria": "The learner has asked about at least two facilities and the opening hours.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la sala de máquinas",
                            "las pesas",
                            "el vestuario",
                            "la taquilla",
                            "la piscina",
                            "el horario",
                            "la clase",
                        ],
                        "phrases": [
                            "¿A qué hora abre el gimnasio por la mañana?",
                            "¿Cuándo hay menos gente?",
                            "¿Dónde están los vestuarios?",
                            "¿Hace falta candado para las taquillas?",
                            "¿Qué clases hay por la tarde?",
                        ],
                        "opening": (
                            "Ven, que te enseño las instalaciones. Aquí está la sala de máquinas y, al fondo, la zona "
                            "de pesas."
                        ),
                        "hint": "Pregunta por el horario: «¿A qué hora abre el gimnasio? ¿Cuándo hay menos gente?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la salle de musculation",
                            "l'haltère",
                            "le vestiaire",
                            "le casier",
                            "la piscine",
                            "les horaires",
                            "le cours",
                        ],
                        "phrases": [
                            "Vous ouvrez à quelle heure le matin ?",
                            "Quand est-ce qu'il y a le moins de monde ?",
                            "Où sont les vestiaires ?",
                            "Il faut un cadenas pour les casiers ?",
                            "Quels cours il y a le soir ?",
                        ],
                        "opening": (
                            "Venez, je vous fais visiter. Ici, c'est la salle de musculation, et au fond, il y a les "
                            "haltères."
                        ),
                        "hint": (
                            "Posez une question sur les horaires : « Vous ouvrez à quelle heure ? Quand est-ce qu'il y "
                            "a le moins de monde ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Gerätebereich",
                            "die Hantel",
                            "die Umkleide",
                            "der Spind",
                            "das Schwimmbad",
                            "die Öffnungszeiten",
                            "der Kurs",
                        ],
                        "phrases": [
                            "Ab wann habt ihr morgens offen?",
                            "Wann ist hier am wenigsten los?",
                            "Wo sind die Umkleiden?",
                            "Brauche ich ein Schloss für den Spind?",
                            "Welche Kurse gibt es abends?",
                        ],
                        "opening": (
                            "Komm, ich zeige dir alles. Hier ist der Gerätebereich, und dahinten sind die Hanteln."
                        ),
                        "hint": (
                            "Fragen Sie nach den Öffnungszeiten: „Ab wann habt ihr morgens offen? Wann ist am "
                            "wenigsten los?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la sala attrezzi",
                            "i pesi",
                            "lo spogliatoio",
                            "l'armadietto",
                            "la piscina",
                            "l'orario",
                            "il corso",
                        ],
                        "phrases": [
                            "A che ora aprite la mattina?",
                            "Quando c'è meno gente?",
                            "Dove sono gli spogliatoi?",
                            "Serve un lucchetto per gli armadietti?",
                            "Che corsi ci sono la sera?",
                        ],
                        "opening": (
                            "Vieni, ti faccio vedere la palestra. Qui c'è la sala attrezzi e in fondo la zona pesi."
                        ),
                        "hint": "Chiedi dell'orario: «A che ora aprite la mattina? Quando c'è meno gente?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a sala de máquinas",
                            "os pesos",
                            "o balneário",
                            "o cacifo",
                            "a piscina",
                            "o horário",
                            "a aula",
                        ],
                        "phrases": [
                            "A que horas abrem de manhã?",
                            "Quando é que há menos gente?",
                            "Onde ficam os balneários?",
                            "É preciso cadeado para os cacifos?",
                            "Que aulas há ao fim da tarde?",
                        ],
                        "opening": (
                            "Anda, que eu mostro-te o ginásio. Aqui é a sala de máquinas e, ao fundo, a zona dos pesos."
                        ),
                        "hint": "Pergunte pelo horário: «A que horas abrem de manhã? Quando é que há menos gente?»",
                    },
                },
            },
            {
                "name": "Getting started",
                "goal": "Talk about your fitness goals and agree on a first training plan.",
                "objectives": [
                    "Say what you want to achieve",
                    "Say how often you can come",
                    "Mention any injury or limitation",
                ],
                "success_criteria": "The learner has described a goal, a weekly frequency and any limitation.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el objetivo",
                            "ponerse en forma",
                            "adelgazar",
                            "el entrenador",
                            "la rutina",
                            "la lesión",
                            "la espalda",
                        ],
                        "phrases": [
                            "Quiero ponerme en forma.",
                            "Me gustaría ganar fuerza y perder un poco de peso.",
                            "Puedo venir tres veces por semana.",
                            "Tengo problemas de espalda.",
                            "¿Me puedes preparar una rutina?",
                        ],
                        "opening": "Bueno, cuéntame. ¿Qué objetivo tienes y cuántos días puedes venir?",
                        "hint": (
                            "Di tu objetivo y cuántos días puedes venir: «Quiero ponerme en forma y puedo venir tres "
                            "veces por semana.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "l'objectif",
                            "se remettre en forme",
                            "maigrir",
                            "le coach",
                            "le programme",
                            "la blessure",
                            "le dos",
                        ],
                        "phrases": [
                            "Je voudrais me remettre en forme.",
                            "J'aimerais gagner en force et perdre un peu de poids.",
                            "Je peux venir trois fois par semaine.",
                            "J'ai des problèmes de dos.",
                            "Vous pouvez me préparer un programme ?",
                        ],
                        "opening": (
                            "Alors, dites-moi : quel est votre objectif, et combien de fois par semaine pouvez-vous "
                            "venir ?"
                        ),
                        "hint": (
                            "Donnez votre objectif et votre disponibilité : « Je voudrais me remettre en forme, et je "
                            "peux venir trois fois par semaine. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Ziel",
                            "fit werden",
                            "abnehmen",
                            "der Trainer",
                            "der Trainingsplan",
                            "die Verletzung",
                            "der Rücken",
                        ],
                        "phrases": [
                            "Ich möchte fitter werden.",
                            "Ich würde gern Kraft aufbauen und ein bisschen abnehmen.",
                            "Ich kann dreimal pro Woche kommen.",
                            "Ich habe Probleme mit dem Rücken.",
                            "Kannst du mir einen Trainingsplan machen?",
                        ],
                        "opening": "Also, erzähl mal: Was ist dein Ziel, und wie oft kannst du kommen?",
                        "hint": (
                            "Nennen Sie Ihr Ziel und wie oft Sie kommen können: „Ich möchte fitter werden und kann "
                            "dreimal pro Woche kommen.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'obiettivo",
                            "rimettersi in forma",
                            "dimagrire",
                            "l'allenatore",
                            "la scheda",
                            "l'infortunio",
                            "la schiena",
                        ],
                        "phrases": [
                            "Vorrei rimettermi in forma.",
                            "Mi piacerebbe diventare più forte e perdere un po' di peso.",
                            "Posso venire tre volte alla settimana.",
                            "Ho problemi alla schiena.",
                            "Mi puoi preparare una scheda?",
                        ],
                        "opening": "Allora, raccontami: che obiettivo hai e quante volte puoi venire?",
                        "hint": (
                            "Di' il tuo obiettivo e quante volte puoi venire: «Vorrei rimettermi in forma e posso "
                            "venire tre volte alla settimana.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o objetivo",
                            "ficar em forma",
                            "emagrecer",
                            "o treinador",
                            "o plano de treino",
                            "a lesão",
                            "as costas",
                        ],
                        "phrases": [
                            "Quero ficar em forma.",
                            "Gostava de ganhar força e perder um bocadinho de peso.",
                            "Posso vir três vezes por semana.",
                            "Tenho problemas nas costas.",
                            "Podes preparar-me um plano de treino?",
                        ],
                        "opening": "Então, conta-me: qual é o teu objetivo e quantas vezes por semana podes vir?",
                        "hint": (
                            "Diga o seu objetivo e quantas vezes pode vir: «Quero ficar em forma e posso vir três "
                            "vezes por semana.»"
                        ),
                    },
                },
            },
            {
                "name": "Etiquette",
                "goal": "Understand the gym rules and ask about what is expected of members.",
                "objectives": [
                    "Understand the main rules",
                    "Ask whether something is allowed",
                    "Say that you understand and agree",
                ],
                "success_criteria": (
                    "The learner has asked about at least one rule and confirmed they understand the others."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la norma",
                            "la toalla",
                            "limpiar",
                            "la máquina",
                            "el turno",
                            "respetar",
                            "permitido",
                        ],
                        "phrases": [
                            "¿Es obligatorio usar toalla?",
                            "¿Tengo que limpiar la máquina después de usarla?",
                            "¿Se puede entrar con la mochila?",
                            "¿Cuánto tiempo puedo usar una máquina si hay gente esperando?",
                            "Vale, entendido.",
                        ],
                        "opening": (
                            "Antes de empezar, te cuento las normas del gimnasio. Lo primero: siempre con toalla."
                        ),
                        "hint": "Pregunta si algo está permitido: «¿Se puede entrar en la sala con la mochila?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "la règle",
                            "la serviette",
                            "nettoyer",
                            "la machine",
                            "le tour",
                            "respecter",
                            "autorisé",
                        ],
                        "phrases": [
                            "La serviette est obligatoire ?",
                            "Je dois nettoyer la machine après l'avoir utilisée ?",
                            "On peut entrer avec son sac ?",
                            "Je peux rester combien de temps sur une machine s'il y a du monde ?",
                            "D'accord, c'est noté.",
                        ],
                        "opening": (
                            "Avant de commencer, je vous explique le règlement. D'abord, la serviette est obligatoire."
                        ),
                        "hint": (
                            "Demandez si quelque chose est autorisé : « On peut entrer dans la salle avec son sac ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Regel",
                            "das Handtuch",
                            "abwischen",
                            "das Gerät",
                            "abwechseln",
                            "beachten",
                            "erlaubt",
                        ],
                        "phrases": [
                            "Ist ein Handtuch Pflicht?",
                            "Muss ich das Gerät nach dem Training abwischen?",
                            "Darf man mit dem Rucksack rein?",
                            "Wie lange darf ich ein Gerät benutzen, wenn jemand wartet?",
                            "Alles klar, verstanden.",
                        ],
                        "opening": "Bevor du anfängst, erkläre ich dir kurz die Regeln. Erstens: immer mit Handtuch.",
                        "hint": (
                            "Fragen Sie, ob etwas erlaubt ist: „Darf man mit dem Rucksack in den Trainingsbereich?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la regola",
                            "l'asciugamano",
                            "pulire",
                            "l'attrezzo",
                            "il turno",
                            "rispettare",
                            "permesso",
                        ],
                        "phrases": [
                            "L'asciugamano è obbligatorio?",
                            "Devo pulire l'attrezzo dopo averlo usato?",
                            "Si può entrare con lo zaino?",
                            "Quanto tempo posso usare un attrezzo se c'è gente che aspetta?",
                            "Va bene, ho capito.",
                        ],
                        "opening": (
                            "Prima di cominciare, ti spiego le regole della palestra. Prima di tutto: sempre con "
                            "l'asciugamano."
                        ),
                        "hint": "Chiedi se qualcosa è permesso: «Si può entrare in sala con lo zaino?»",
                    },
                    "pt": {
                        "vocabulary": ["a regra", "a toalha", "limpar", "a máquina", "a vez", "respeitar", "permitido"],
                        "phrases": [
                            "É obrigatório usar toalha?",
                            "Tenho de limpar a máquina depois de a usar?",
                            "Pode-se entrar com a mochila?",
                            "Quanto tempo posso usar uma máquina se houver gente à espera?",
                            "Está bem, percebi.",
                        ],
                        "opening": "Antes de começares, explico-te as regras do ginásio. Primeiro: sempre com toalha.",
                        "hint": "Pergunte se uma coisa é permitida: «Pode-se entrar na sala com a mochila?»",
                    },
                },
            },
        ],
    },
    {
        "slug": "at-a-concert",
        "title": "At a concert",
        "category": "hobbies",
        "level_min": "A2",
        "level_max": "A2",
        "minutes": 13,
        "learner_role": "A music fan going to an open-air concert by a band you like.",
        "tutor_role": (
            "Staff at the ticket office, the entrance and the bar, then a friendly fan you chat with after the show."
        ),
        "setting": (
            "An open-air concert in a city park on a summer evening. You still need a ticket, the queues at the "
            "entrance are long, and the bar is busy between the support act and the main band."
        ),
        "cultural_notes": (
            "Bags are often searched at the entrance, and large bags, glass bottles and drinks from outside are "
            "usually not allowed. At many concerts and festivals you pay a deposit for a reusable cup, which you get "
            "back when you return it. Chatting with strangers about the music is common and friendly, and the familiar "
            "form of address is normal among fans."
        ),
        "learning_goals": [
            "Buy a ticket and understand the entry rules",
            "Order food and drinks in a busy place",
            "Give your opinion about a show",
        ],
        "phases": [
            {
                "name": "Tickets",
                "goal": "Buy a ticket at the box office and ask about prices and times.",
                "objectives": [
                    "Ask if there are tickets left",
                    "Ask about prices and types of ticket",
                    "Ask when the concert starts",
                ],
                "success_criteria": (
                    "The learner has bought a ticket and asked about the start time or the type of ticket."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la entrada",
                            "la taquilla",
                            "agotado",
                            "el precio",
                            "la pista",
                            "el concierto",
                            "empezar",
                        ],
                        "phrases": [
                            "¿Quedan entradas para esta noche?",
                            "¿Cuánto cuesta una entrada?",
                            "Quiero una entrada de pista, por favor.",
                            "¿A qué hora empieza el concierto?",
                            "¿Hay descuento para estudiantes?",
                        ],
                        "opening": "Buenas tardes. Quedan pocas entradas. ¿Cuántas quiere?",
                        "hint": (
                            "Compra una entrada y pregunta la hora: «Una entrada, por favor. ¿A qué hora empieza el "
                            "concierto?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le billet",
                            "la billetterie",
                            "complet",
                            "le prix",
                            "la fosse",
                            "le concert",
                            "commencer",
                        ],
                        "phrases": [
                            "Il reste des billets pour ce soir ?",
                            "Combien coûte un billet ?",
                            "Je voudrais un billet en fosse, s'il vous plaît.",
                            "Le concert commence à quelle heure ?",
                            "Il y a une réduction pour les étudiants ?",
                        ],
                        "opening": "Bonsoir. Il ne reste plus beaucoup de billets. Vous en voulez combien ?",
                        "hint": (
                            "Achetez un billet et demandez l'heure : « Un billet, s'il vous plaît. Le concert commence "
                            "à quelle heure ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Eintrittskarte",
                            "die Abendkasse",
                            "ausverkauft",
                            "der Preis",
                            "der Stehplatz",
                            "das Konzert",
                            "anfangen",
                        ],
                        "phrases": [
                            "Gibt es noch Karten für heute Abend?",
                            "Was kostet eine Karte?",
                            "Ich hätte gern einen Stehplatz, bitte.",
                            "Wann fängt das Konzert an?",
                            "Gibt es eine Ermäßigung für Studenten?",
                        ],
                        "opening": "Guten Abend. Es gibt nur noch wenige Karten. Wie viele möchten Sie?",
                        "hint": (
                            "Kaufen Sie eine Karte und fragen Sie nach der Uhrzeit: „Eine Karte, bitte. Wann fängt das "
                            "Konzert an?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il biglietto",
                            "la biglietteria",
                            "esaurito",
                            "il prezzo",
                            "il parterre",
                            "il concerto",
                            "cominciare",
                        ],
                        "phrases": [
                            "Ci sono ancora biglietti per stasera?",
                            "Quanto costa un biglietto?",
                            "Vorrei un biglietto per il parterre, per favore.",
                            "A che ora comincia il concerto?",
                            "C'è uno sconto per gli studenti?",
                        ],
                        "opening": "Buonasera. Sono rimasti pochi biglietti. Quanti ne vuole?",
                        "hint": (
                            "Compra un biglietto e chiedi l'orario: «Un biglietto, per favore. A che ora comincia il "
                            "concerto?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o bilhete",
                            "a bilheteira",
                            "esgotado",
                            "o preço",
                            "a plateia",
                            "o concerto",
                            "começar",
                        ],
                        "phrases": [
                            "Ainda há bilhetes para hoje à noite?",
                            "Quanto custa um bilhete?",
                            "Queria um bilhete para a plateia, por favor.",
                            "A que horas começa o concerto?",
                            "Há desconto para estudantes?",
                        ],
                        "opening": "Boa noite. Já há poucos bilhetes. Quantos quer?",
                        "hint": (
                            "Compre um bilhete e pergunte a hora: «Um bilhete, por favor. A que horas começa o "
                            "concerto?»"
                        ),
                    },
                },
            },
            {
                "name": "Entry",
                "goal": "Get through the entrance and understand what you can bring in.",
                "objectives": ["Show your ticket", "Answer questions about your bag", "Ask what is allowed inside"],
                "success_criteria": (
                    "The learner has shown the ticket, answered the security questions and asked about one rule."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el acceso",
                            "la mochila",
                            "el control",
                            "la botella",
                            "prohibido",
                            "el guardarropa",
                            "la pulsera",
                        ],
                        "phrases": [
                            "Aquí tiene mi entrada, la tengo en el móvil.",
                            "Solo llevo la cartera y una chaqueta.",
                            "¿Se puede entrar con una botella de agua?",
                            "¿Hay guardarropa?",
                            "¿Puedo salir y volver a entrar?",
                        ],
                        "opening": "Buenas tardes. La entrada, por favor. ¿Lleva mochila? Ábrala, por favor.",
                        "hint": "Pregunta qué está permitido: «¿Se puede entrar con una botella de agua?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'accès",
                            "le sac à dos",
                            "le contrôle",
                            "la bouteille",
                            "interdit",
                            "le vestiaire",
                            "le bracelet",
                        ],
                        "phrases": [
                            "Voici mon billet, je l'ai sur mon téléphone.",
                            "J'ai seulement mon portefeuille et une veste.",
                            "On peut entrer avec une bouteille d'eau ?",
                            "Il y a un vestiaire ?",
                            "Je peux sortir et revenir ?",
                        ],
                        "opening": (
                            "Bonsoir. Votre billet, s'il vous plaît. Vous avez un sac ? Ouvrez-le, s'il vous plaît."
                        ),
                        "hint": "Demandez ce qui est autorisé : « On peut entrer avec une bouteille d'eau ? »",
                    },
                    "de": {
                        "vocabulary": [
                            "der Einlass",
                            "der Rucksack",
                            "die Taschenkontrolle",
                            "die Flasche",
                            "verboten",
                            "die Garderobe",
                            "das Armband",
                        ],
                        "phrases": [
                            "Hier ist meine Karte, ich habe sie auf dem Handy.",
                            "Ich habe nur meine Geldbörse und eine Jacke dabei.",
                            "Darf man eine Wasserflasche mit reinnehmen?",
                            "Gibt es eine Garderobe?",
                            "Kann ich rausgehen und wieder reinkommen?",
                        ],
                        "opening": (
                            "Guten Abend. Ihre Karte, bitte. Haben Sie einen Rucksack dabei? Bitte einmal aufmachen."
                        ),
                        "hint": "Fragen Sie, was erlaubt ist: „Darf man eine Wasserflasche mit reinnehmen?“",
                    },
                    "it": {
                        "vocabulary": [
                            "l'ingresso",
                            "lo zaino",
                            "il controllo",
                            "la bottiglia",
                            "vietato",
                            "il guardaroba",
                            "il braccialetto",
                        ],
                        "phrases": [
                            "Ecco il mio biglietto, ce l'ho sul cellulare.",
                            "Ho solo il portafoglio e una giacca.",
                            "Si può entrare con una bottiglia d'acqua?",
                            "C'è un guardaroba?",
                            "Posso uscire e rientrare?",
                        ],
                        "opening": "Buonasera. Il biglietto, per favore. Ha uno zaino? Lo apra, per favore.",
                        "hint": "Chiedi che cosa è permesso: «Si può entrare con una bottiglia d'acqua?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a entrada",
                            "a mochila",
                            "a revista",
                            "a garrafa",
                            "proibido",
                            "o bengaleiro",
                            "a pulseira",
                        ],
                        "phrases": [
                            "Aqui tem o meu bilhete, está no telemóvel.",
                            "Só trago a carteira e um casaco.",
                            "Pode-se entrar com uma garrafa de água?",
                            "Há bengaleiro?",
                            "Posso sair e voltar a entrar?",
                        ],
                        "opening": "Boa noite. O bilhete, por favor. Traz mochila? Abra-a, por favor.",
                        "hint": "Pergunte o que é permitido: «Pode-se entrar com uma garrafa de água?»",
                    },
                },
            },
            {
                "name": "Refreshments",
                "goal": "Order food and drinks at a busy bar and pay.",
                "objectives": [
                    "Order a drink and something to eat",
                    "Understand the cup deposit",
                    "Pay and check the change",
                ],
                "success_criteria": "The learner has ordered, understood the deposit and paid.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la barra",
                            "la cerveza",
                            "el refresco",
                            "el bocadillo",
                            "el vaso reutilizable",
                            "la fianza",
                            "pedir",
                        ],
                        "phrases": [
                            "Una cerveza y un refresco, por favor.",
                            "¿Tienen algo de comer?",
                            "¿Cuánto es la fianza del vaso?",
                            "¿Me devuelven el dinero si devuelvo el vaso?",
                            "¿Se puede pagar con tarjeta aquí?",
                        ],
                        "opening": "¡Hola! ¿Qué te pongo?",
                        "hint": (
                            "Pide algo de beber y pregunta por el vaso: «Una cerveza, por favor. ¿El vaso se paga "
                            "aparte?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le bar",
                            "la bière",
                            "le soda",
                            "le sandwich",
                            "le gobelet réutilisable",
                            "la consigne",
                            "commander",
                        ],
                        "phrases": [
                            "Une bière et un soda, s'il vous plaît.",
                            "Vous avez quelque chose à manger ?",
                            "La consigne du gobelet, c'est combien ?",
                            "On me rembourse si je rends le gobelet ?",
                            "On peut payer par carte ici ?",
                        ],
                        "opening": "Bonsoir ! Qu'est-ce que je vous sers ?",
                        "hint": (
                            "Commandez une boisson et posez une question sur le gobelet : « Une bière, s'il vous "
                            "plaît. Le gobelet est en plus ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Bar",
                            "das Bier",
                            "die Limo",
                            "das Brötchen",
                            "der Mehrwegbecher",
                            "das Pfand",
                            "bestellen",
                        ],
                        "phrases": [
                            "Ein Bier und eine Limo, bitte.",
                            "Gibt es auch etwas zu essen?",
                            "Wie viel Pfand ist auf dem Becher?",
                            "Bekomme ich das Geld zurück, wenn ich den Becher zurückgebe?",
                            "Kann man hier mit Karte zahlen?",
                        ],
                        "opening": "Hallo! Was darf es sein?",
                        "hint": (
                            "Bestellen Sie ein Getränk und fragen Sie nach dem Becher: „Ein Bier, bitte. Kostet der "
                            "Becher extra?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il bancone",
                            "la birra",
                            "la bibita",
                            "il panino",
                            "il bicchiere riutilizzabile",
                            "la cauzione",
                            "ordinare",
                        ],
                        "phrases": [
                            "Una birra e una bibita, per favore.",
                            "Avete qualcosa da mangiare?",
                            "Quant'è la cauzione per il bicchiere?",
                            "Mi ridate i soldi se riporto il bicchiere?",
                            "Si può pagare con la carta qui?",
                        ],
                        "opening": "Ciao! Che cosa ti do?",
                        "hint": (
                            "Ordina da bere e chiedi del bicchiere: «Una birra, per favore. Il bicchiere si paga a "
                            "parte?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o bar",
                            "a cerveja",
                            "o refrigerante",
                            "a bifana",
                            "o copo reutilizável",
                            "a caução",
                            "pedir",
                        ],
                        "phrases": [
                            "Uma cerveja e um refrigerante, por favor.",
                            "Têm alguma coisa para comer?",
                            "Quanto é a caução do copo?",
                            "Devolvem-me o dinheiro se eu entregar o copo?",
                            "Aqui pode-se pagar com cartão?",
                        ],
                        "opening": "Olá! O que vai ser?",
                        "hint": (
                            "Peça uma bebida e pergunte pelo copo: «Uma cerveja, por favor. O copo paga-se à parte?»"
                        ),
                    },
                },
            },
            {
                "name": "Talk about the show",
                "goal": "Chat with another fan about the concert and give your opinion.",
                "objectives": [
                    "Say whether you liked the concert",
                    "Say which song or moment was your favourite",
                    "Ask the other person's opinion",
                ],
                "success_criteria": (
                    "The learner has given an opinion with a reason, named a favourite moment and asked the other "
                    "fan's opinion."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la canción",
                            "el cantante",
                            "el grupo",
                            "el sonido",
                            "el público",
                            "increíble",
                            "la gira",
                        ],
                        "phrases": [
                            "¡Ha sido un concierto increíble!",
                            "Mi canción favorita ha sido la última.",
                            "El sonido era muy bueno.",
                            "¿Qué te ha parecido a ti?",
                            "¿Es la primera vez que los ves en directo?",
                        ],
                        "opening": "¡Qué pasada de concierto! ¿Te ha gustado?",
                        "hint": (
                            "Da tu opinión y pregunta la suya: «¡Me ha encantado! Mi canción favorita ha sido la "
                            "última. ¿Y a ti qué te ha parecido?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la chanson",
                            "le chanteur",
                            "le groupe",
                            "le son",
                            "le public",
                            "incroyable",
                            "la tournée",
                        ],
                        "phrases": [
                            "C'était un concert incroyable !",
                            "Ma chanson préférée, c'était la dernière.",
                            "Le son était vraiment bon.",
                            "Et toi, tu as trouvé ça comment ?",
                            "C'est la première fois que tu les vois en concert ?",
                        ],
                        "opening": "Trop bien, ce concert ! Ça t'a plu ?",
                        "hint": (
                            "Donnez votre avis et demandez le sien : « J'ai adoré ! Ma chanson préférée, c'était la "
                            "dernière. Et toi, tu as trouvé ça comment ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Lied",
                            "der Sänger",
                            "die Band",
                            "der Sound",
                            "das Publikum",
                            "großartig",
                            "die Tour",
                        ],
                        "phrases": [
                            "Das war ein großartiges Konzert!",
                            "Mein Lieblingslied war das letzte.",
                            "Der Sound war richtig gut.",
                            "Wie fandest du es?",
                            "Siehst du sie zum ersten Mal live?",
                        ],
                        "opening": "Wahnsinn, was für ein Konzert! Hat es dir gefallen?",
                        "hint": (
                            "Sagen Sie Ihre Meinung und fragen Sie zurück: „Ich fand es super! Mein Lieblingslied war "
                            "das letzte. Und wie fandest du es?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la canzone",
                            "il cantante",
                            "il gruppo",
                            "l'acustica",
                            "il pubblico",
                            "incredibile",
                            "la tournée",
                        ],
                        "phrases": [
                            "È stato un concerto incredibile!",
                            "La mia canzone preferita è stata l'ultima.",
                            "L'acustica era ottima.",
                            "A te com'è sembrato?",
                            "È la prima volta che li vedi dal vivo?",
                        ],
                        "opening": "Che concerto pazzesco! Ti è piaciuto?",
                        "hint": (
                            "Di' la tua opinione e chiedi la sua: «Mi è piaciuto tantissimo! La mia canzone preferita "
                            "è stata l'ultima. E a te com'è sembrato?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a canção",
                            "o vocalista",
                            "a banda",
                            "o som",
                            "o público",
                            "incrível",
                            "a digressão",
                        ],
                        "phrases": [
                            "Foi um concerto incrível!",
                            "A minha canção preferida foi a última.",
                            "O som estava muito bom.",
                            "E tu, o que achaste?",
                            "É a primeira vez que os vês ao vivo?",
                        ],
                        "opening": "Que concertão! Gostaste?",
                        "hint": (
                            "Dê a sua opinião e pergunte a do outro fã: «Adorei! A minha canção preferida foi a "
                            "última. E tu, o que achaste?»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "enrolling-in-an-evening-class",
        "title": "Enrolling in an evening class",
        "category": "education",
        "level_min": "A2",
        "level_max": "A2",
        "minutes": 15,
        "learner_role": (
            "An adult newcomer who wants to join an evening course in the local language at an adult education centre."
        ),
        "tutor_role": "The course coordinator in the centre's office, and later the teacher on the first evening.",
        "setting": (
            "An adult education centre in a former school building, on a weekday evening at the start of term. The "
            "office is busy with people asking about courses in languages, cooking, photography and computing."
        ),
        "cultural_notes": (
            "Adult education centres are often run by the local council and offer affordable evening courses, with "
            "reduced fees for students, the unemployed or pensioners. For language courses, a short placement test or "
            "interview is common so that you join a group at the right level. Places can fill up quickly, so register "
            "early and keep your receipt."
        ),
        "learning_goals": [
            "Ask for information about a course: days, times and price",
            "Talk about your level and your experience",
            "Fill in a registration form and introduce yourself to a group",
        ],
        "phases": [
            {
                "name": "Enquiry",
                "goal": "Ask for information about the course: days, times, length and price.",
                "objectives": [
                    "Say which course you are interested in",
                    "Ask about days and times",
                    "Ask about the price and the length of the course",
                ],
                "success_criteria": (
                    "The learner has asked about the timetable, the price and the length of the course."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el curso",
                            "la clase",
                            "el horario",
                            "el precio",
                            "el trimestre",
                            "informarse",
                            "el nivel",
                        ],
                        "phrases": [
                            "Quería información sobre los cursos de español.",
                            "¿Qué días son las clases?",
                            "¿A qué hora empiezan y terminan?",
                            "¿Cuánto cuesta el curso?",
                            "¿Cuántas semanas dura?",
                        ],
                        "opening": "Buenas tardes. ¿Qué curso le interesa?",
                        "hint": (
                            "Pregunta por el horario y el precio: «¿Qué días son las clases y cuánto cuesta el curso?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le cours",
                            "la séance",
                            "l'horaire",
                            "le tarif",
                            "le trimestre",
                            "se renseigner",
                            "le niveau",
                        ],
                        "phrases": [
                            "Je voudrais des renseignements sur les cours de français.",
                            "Les cours ont lieu quels jours ?",
                            "Ils commencent et finissent à quelle heure ?",
                            "Combien coûte le cours ?",
                            "Il dure combien de semaines ?",
                        ],
                        "opening": "Bonsoir. Quel cours vous intéresse ?",
                        "hint": (
                            "Demandez les horaires et le prix : « Les cours ont lieu quels jours, et combien ça coûte "
                            "? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Kurs",
                            "der Unterricht",
                            "die Uhrzeit",
                            "die Kursgebühr",
                            "das Semester",
                            "sich informieren",
                            "das Niveau",
                        ],
                        "phrases": [
                            "Ich hätte gern Informationen über die Deutschkurse.",
                            "An welchen Tagen ist der Unterricht?",
                            "Wann fängt der Kurs an, und wann ist er zu Ende?",
                            "Wie hoch ist die Kursgebühr?",
                            "Wie viele Wochen dauert der Kurs?",
                        ],
                        "opening": "Guten Abend. Für welchen Kurs interessieren Sie sich?",
                        "hint": (
                            "Fragen Sie nach Zeiten und Preis: „An welchen Tagen ist der Unterricht, und wie viel "
                            "kostet der Kurs?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il corso",
                            "la lezione",
                            "l'orario",
                            "il costo",
                            "il trimestre",
                            "informarsi",
                            "il livello",
                        ],
                        "phrases": [
                            "Vorrei informazioni sui corsi di italiano.",
                            "In che giorni sono le lezioni?",
                            "A che ora cominciano e finiscono?",
                            "Quanto costa il corso?",
                            "Quante settimane dura?",
                        ],
                        "opening": "Buonasera. Quale corso le interessa?",
                        "hint": (
                            "Chiedi dell'orario e del prezzo: «In che giorni sono le lezioni e quanto costa il corso?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o curso",
                            "a aula",
                            "o horário",
                            "o preço",
                            "o trimestre",
                            "informar-se",
                            "o nível",
                        ],
                        "phrases": [
                            "Queria informações sobre os cursos de português.",
                            "Em que dias são as aulas?",
                            "A que horas começam e acabam?",
                            "Quanto custa o curso?",
                            "Quantas semanas dura?",
                        ],
                        "opening": "Boa tarde. Que curso é que lhe interessa?",
                        "hint": (
                            "Pergunte pelo horário e pelo preço: «Em que dias são as aulas e quanto custa o curso?»"
                        ),
                    },
                },
            },
            {
                "name": "Placement",
                "goal": "Talk about your level and experience so that you can join the right group.",
                "objectives": [
                    "Say how long you have been learning",
                    "Say what you can and cannot do yet",
                    "Answer a few simple test questions",
                ],
                "success_criteria": (
                    "The learner has described their experience and level and answered the placement questions."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el nivel",
                            "la prueba de nivel",
                            "aprender",
                            "principiante",
                            "entender",
                            "el grupo",
                            "la gramática",
                        ],
                        "phrases": [
                            "Estudio español desde hace un año.",
                            "Entiendo bastante, pero me cuesta hablar.",
                            "Creo que mi nivel es A2.",
                            "Nunca he hecho un curso antes.",
                            "¿Puedo hacer la prueba de nivel hoy?",
                        ],
                        "opening": (
                            "Para saber en qué grupo ponerle, le voy a hacer unas preguntas. ¿Desde cuándo estudia "
                            "español?"
                        ),
                        "hint": (
                            "Explica tu nivel: «Estudio español desde hace un año. Entiendo bastante, pero me cuesta "
                            "hablar.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le niveau",
                            "le test de niveau",
                            "apprendre",
                            "débutant",
                            "comprendre",
                            "le groupe",
                            "la grammaire",
                        ],
                        "phrases": [
                            "J'apprends le français depuis un an.",
                            "Je comprends assez bien, mais j'ai du mal à parler.",
                            "Je pense que j'ai le niveau A2.",
                            "Je n'ai jamais suivi de cours avant.",
                            "Je peux passer le test de niveau aujourd'hui ?",
                        ],
                        "opening": (
                            "Pour savoir dans quel groupe vous mettre, je vais vous poser quelques questions. Vous "
                            "apprenez le français depuis combien de temps ?"
                        ),
                        "hint": (
                            "Expliquez votre niveau : « J'apprends le français depuis un an. Je comprends assez bien, "
                            "mais j'ai du mal à parler. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "das Niveau",
                            "der Einstufungstest",
                            "lernen",
                            "der Anfänger",
                            "verstehen",
                            "die Gruppe",
                            "die Grammatik",
                        ],
                        "phrases": [
                            "Ich lerne seit einem Jahr Deutsch.",
                            "Ich verstehe ziemlich viel, aber das Sprechen fällt mir schwer.",
                            "Ich glaube, mein Niveau ist A2.",
                            "Ich habe vorher noch nie einen Kurs gemacht.",
                            "Kann ich den Einstufungstest heute machen?",
                        ],
                        "opening": (
                            "Damit wir die richtige Gruppe für Sie finden, stelle ich Ihnen ein paar Fragen. Seit wann "
                            "lernen Sie Deutsch?"
                        ),
                        "hint": (
                            "Beschreiben Sie Ihr Niveau: „Ich lerne seit einem Jahr Deutsch. Ich verstehe ziemlich "
                            "viel, aber das Sprechen fällt mir schwer.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il livello",
                            "il test d'ingresso",
                            "imparare",
                            "il principiante",
                            "capire",
                            "il gruppo",
                            "la grammatica",
                        ],
                        "phrases": [
                            "Studio italiano da un anno.",
                            "Capisco abbastanza, ma faccio fatica a parlare.",
                            "Credo di avere un livello A2.",
                            "Non ho mai fatto un corso prima.",
                            "Posso fare il test d'ingresso oggi?",
                        ],
                        "opening": (
                            "Per capire in quale gruppo inserirla, le faccio qualche domanda. Da quanto tempo studia "
                            "italiano?"
                        ),
                        "hint": (
                            "Spiega il tuo livello: «Studio italiano da un anno. Capisco abbastanza, ma faccio fatica "
                            "a parlare.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o nível",
                            "o teste de nível",
                            "aprender",
                            "o principiante",
                            "perceber",
                            "o grupo",
                            "a gramática",
                        ],
                        "phrases": [
                            "Estudo português há um ano.",
                            "Percebo bastante, mas tenho dificuldade em falar.",
                            "Acho que o meu nível é A2.",
                            "Nunca fiz nenhum curso antes.",
                            "Posso fazer o teste de nível hoje?",
                        ],
                        "opening": (
                            "Para saber qual é o grupo certo para si, vou fazer-lhe algumas perguntas. Há quanto tempo "
                            "estuda português?"
                        ),
                        "hint": (
                            "Explique o seu nível: «Estudo português há um ano. Percebo bastante, mas tenho "
                            "dificuldade em falar.»"
                        ),
                    },
                },
            },
            {
                "name": "Registration",
                "goal": "Fill in the registration form and pay the fee.",
                "objectives": ["Give your personal details", "Spell your name", "Pay and ask for a receipt"],
                "success_criteria": "The learner has given and spelled their details, paid and asked for a receipt.",
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la inscripción",
                            "el formulario",
                            "rellenar",
                            "el apellido",
                            "el correo electrónico",
                            "la fecha de nacimiento",
                            "el recibo",
                        ],
                        "phrases": [
                            "Mi apellido es Smith, se escribe S-M-I-T-H.",
                            "Nací el cinco de mayo de mil novecientos noventa.",
                            "¿Tengo que pagarlo todo ahora?",
                            "¿Hay descuento para desempleados?",
                            "¿Me da un recibo, por favor?",
                        ],
                        "opening": (
                            "Muy bien, le pongo en el grupo de los martes y jueves. Vamos a rellenar la hoja de "
                            "inscripción."
                        ),
                        "hint": "Deletrea tu apellido: «Mi apellido es Smith: ese, eme, i, te, hache.»",
                    },
                    "fr": {
                        "vocabulary": [
                            "l'inscription",
                            "le formulaire",
                            "remplir",
                            "le nom de famille",
                            "l'adresse électronique",
                            "la date de naissance",
                            "le reçu",
                        ],
                        "phrases": [
                            "Mon nom de famille, c'est Smith, ça s'écrit S-M-I-T-H.",
                            "Ma date de naissance, c'est le cinq mai mille neuf cent quatre-vingt-dix.",
                            "Je dois tout payer maintenant ?",
                            "Il y a une réduction pour les demandeurs d'emploi ?",
                            "Vous pouvez me donner un reçu, s'il vous plaît ?",
                        ],
                        "opening": (
                            "Très bien, je vous mets dans le groupe du mardi et du jeudi. On va remplir la fiche "
                            "d'inscription."
                        ),
                        "hint": "Épelez votre nom : « Mon nom de famille, c'est Smith : S, M, I, T, H. »",
                    },
                    "de": {
                        "vocabulary": [
                            "die Anmeldung",
                            "das Formular",
                            "ausfüllen",
                            "der Nachname",
                            "die E-Mail-Adresse",
                            "das Geburtsdatum",
                            "die Quittung",
                        ],
                        "phrases": [
                            "Mein Nachname ist Smith, das schreibt man S-M-I-T-H.",
                            "Ich bin am fünften Mai neunzehnhundertneunzig geboren.",
                            "Muss ich alles jetzt bezahlen?",
                            "Gibt es eine Ermäßigung für Arbeitslose?",
                            "Könnte ich bitte eine Quittung bekommen?",
                        ],
                        "opening": (
                            "Sehr gut, dann kommen Sie in die Gruppe am Dienstag und Donnerstag. Jetzt füllen wir das "
                            "Anmeldeformular aus."
                        ),
                        "hint": "Buchstabieren Sie Ihren Namen: „Mein Nachname ist Smith: S, M, I, T, H.“",
                    },
                    "it": {
                        "vocabulary": [
                            "l'iscrizione",
                            "il modulo",
                            "compilare",
                            "il cognome",
                            "l'indirizzo e-mail",
                            "la data di nascita",
                            "la ricevuta",
                        ],
                        "phrases": [
                            "Il mio cognome è Smith, si scrive S-M-I-T-H.",
                            "La mia data di nascita è il cinque maggio millenovecentonovanta.",
                            "Devo pagare tutto adesso?",
                            "C'è uno sconto per i disoccupati?",
                            "Mi può dare una ricevuta, per favore?",
                        ],
                        "opening": (
                            "Benissimo, la metto nel gruppo del martedì e del giovedì. Adesso compiliamo il modulo "
                            "d'iscrizione."
                        ),
                        "hint": "Fai lo spelling del tuo cognome: «Il mio cognome è Smith: esse, emme, i, ti, acca.»",
                    },
                    "pt": {
                        "vocabulary": [
                            "a inscrição",
                            "o formulário",
                            "preencher",
                            "o apelido",
                            "o endereço de e-mail",
                            "a data de nascimento",
                            "o recibo",
                        ],
                        "phrases": [
                            "O meu apelido é Smith, escreve-se S-M-I-T-H.",
                            "Nasci a cinco de maio de mil novecentos e noventa.",
                            "Tenho de pagar tudo agora?",
                            "Há desconto para desempregados?",
                            "Pode dar-me um recibo, por favor?",
                        ],
                        "opening": "Muito bem, fica no grupo de terça e quinta. Vamos preencher a ficha de inscrição.",
                        "hint": "Soletre o seu apelido: «O meu apelido é Smith: S, M, I, T, H.»",
                    },
                },
            },
            {
                "name": "First day",
                "goal": "Introduce yourself to the teacher and the group on the first evening.",
                "objectives": [
                    "Greet the group and say your name",
                    "Say where you are from and why you are learning",
                    "Ask a practical question about the course",
                ],
                "success_criteria": (
                    "The learner has introduced themselves, given a reason for learning and asked one practical "
                    "question."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el profesor",
                            "el compañero de clase",
                            "presentarse",
                            "el libro",
                            "los deberes",
                            "el aula",
                            "faltar",
                        ],
                        "phrases": [
                            "Hola a todos, me llamo Alex y soy de Canadá.",
                            "Estudio español porque vivo aquí desde hace poco.",
                            "¿Qué libro tenemos que comprar?",
                            "¿Hay deberes todas las semanas?",
                            "¿Qué pasa si un día no puedo venir?",
                        ],
                        "opening": (
                            "¡Buenas tardes a todos y bienvenidos! Vamos a empezar con una pequeña presentación. "
                            "¿Quién empieza?"
                        ),
                        "hint": (
                            "Preséntate al grupo: «Hola a todos, me llamo Alex. Soy de Canadá y estudio español porque "
                            "vivo aquí.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le professeur",
                            "le camarade de classe",
                            "se présenter",
                            "le manuel",
                            "les devoirs",
                            "la salle de classe",
                            "être absent",
                        ],
                        "phrases": [
                            "Bonjour à tous, je m'appelle Alex et je viens du Canada.",
                            "J'apprends le français parce que j'habite ici depuis peu.",
                            "Quel manuel est-ce qu'il faut acheter ?",
                            "Il y a des devoirs toutes les semaines ?",
                            "Qu'est-ce qui se passe si je ne peux pas venir un soir ?",
                        ],
                        "opening": (
                            "Bonsoir à tous et bienvenue ! On va commencer par un petit tour de table. Qui veut "
                            "commencer ?"
                        ),
                        "hint": (
                            "Présentez-vous au groupe : « Bonjour à tous, je m'appelle Alex. Je viens du Canada et "
                            "j'apprends le français parce que j'habite ici. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Kursleiterin",
                            "der Kursteilnehmer",
                            "sich vorstellen",
                            "das Lehrbuch",
                            "die Hausaufgabe",
                            "der Kursraum",
                            "fehlen",
                        ],
                        "phrases": [
                            "Hallo zusammen, ich heiße Alex und komme aus Kanada.",
                            "Ich lerne Deutsch, weil ich seit Kurzem hier wohne.",
                            "Welches Lehrbuch müssen wir kaufen?",
                            "Gibt es jede Woche Hausaufgaben?",
                            "Was passiert, wenn ich einmal nicht kommen kann?",
                        ],
                        "opening": (
                            "Guten Abend zusammen und herzlich willkommen! Wir fangen mit einer kleinen "
                            "Vorstellungsrunde an. Wer möchte anfangen?"
                        ),
                        "hint": (
                            "Stellen Sie sich der Gruppe vor: „Hallo zusammen, ich heiße Alex. Ich komme aus Kanada "
                            "und lerne Deutsch, weil ich hier wohne.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "l'insegnante",
                            "il compagno di corso",
                            "presentarsi",
                            "il libro di testo",
                            "i compiti",
                            "l'aula",
                            "essere assente",
                        ],
                        "phrases": [
                            "Ciao a tutti, mi chiamo Alex e vengo dal Canada.",
                            "Studio italiano perché abito qui da poco.",
                            "Quale libro dobbiamo comprare?",
                            "Ci sono compiti ogni settimana?",
                            "Che cosa succede se una sera non posso venire?",
                        ],
                        "opening": (
                            "Buonasera a tutti e benvenuti! Cominciamo con una piccola presentazione. Chi vuole "
                            "cominciare?"
                        ),
                        "hint": (
                            "Presentati al gruppo: «Ciao a tutti, mi chiamo Alex. Vengo dal Canada e studio italiano "
                            "perché abito qui.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o professor",
                            "o colega de turma",
                            "apresentar-se",
                            "o manual",
                            "os trabalhos de casa",
                            "a sala de aula",
                            "faltar",
                        ],
                        "phrases": [
                            "Olá a todos, chamo-me Alex e sou do Canadá.",
                            "Estudo português porque vivo cá há pouco tempo.",
                            "Que manual é que temos de comprar?",
                            "Há trabalhos de casa todas as semanas?",
                            "O que acontece se não puder vir a uma aula?",
                        ],
                        "opening": (
                            "Boa noite a todos e sejam bem-vindos! Vamos começar com uma pequena apresentação. Quem "
                            "quer começar?"
                        ),
                        "hint": (
                            "Apresente-se ao grupo: «Olá a todos, chamo-me Alex. Sou do Canadá e estudo português "
                            "porque vivo cá.»"
                        ),
                    },
                },
            },
        ],
    },
    {
        "slug": "parent-teacher-meeting",
        "title": "Parent–teacher meeting",
        "category": "education",
        "level_min": "B1",
        "level_max": "B1",
        "minutes": 16,
        "learner_role": (
            "A parent meeting their ten-year-old daughter's class teacher at the school's autumn parents' evening."
        ),
        "tutor_role": "The class teacher, who is friendly but direct about your daughter's progress.",
        "setting": (
            "A primary school classroom after lessons, with small chairs and the children's drawings on the walls. You "
            "have a fifteen-minute slot to talk about how your daughter is doing since she changed school this year."
        ),
        "cultural_notes": (
            "Parent–teacher meetings are usually short and scheduled, so it helps to prepare your questions in "
            "advance. Teachers are normally addressed with the polite form of address, often with their surname. "
            "Schools may communicate mainly through an online platform or a homework diary, so ask how best to stay in "
            "touch."
        ),
        "learning_goals": [
            "Understand and ask about a child's progress in different subjects",
            "Discuss difficulties tactfully and suggest solutions",
            "Agree on a plan and on how to stay in contact",
        ],
        "phases": [
            {
                "name": "Progress",
                "goal": "Find out how your child is doing in the main subjects and in class.",
                "objectives": [
                    "Ask about progress in the main subjects",
                    "Ask about behaviour and participation",
                    "React to the teacher's comments",
                ],
                "success_criteria": (
                    "The learner has asked about at least two subjects and about behaviour, and reacted to the answers."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el progreso",
                            "la asignatura",
                            "las matemáticas",
                            "la lectura",
                            "la nota",
                            "participar",
                            "el comportamiento",
                        ],
                        "phrases": [
                            "¿Qué tal va Sofía en clase?",
                            "¿Cómo va en matemáticas?",
                            "¿Participa en clase?",
                            "¿Se lleva bien con sus compañeros?",
                            "Me alegra mucho oír eso.",
                        ],
                        "opening": "Buenas tardes, siéntese, por favor. Sofía se ha adaptado bastante bien al colegio.",
                        "hint": "Pregunta por las asignaturas: «¿Cómo va Sofía en matemáticas y en lectura?»",
                    },
                    "fr": {
                        "vocabulary": [
                            "le progrès",
                            "la matière",
                            "les mathématiques",
                            "la lecture",
                            "la note",
                            "participer",
                            "le comportement",
                        ],
                        "phrases": [
                            "Comment ça se passe pour Sophie en classe ?",
                            "Comment est-ce qu'elle se débrouille en maths ?",
                            "Est-ce qu'elle participe en classe ?",
                            "Elle s'entend bien avec ses camarades ?",
                            "Ça me fait très plaisir de l'entendre.",
                        ],
                        "opening": (
                            "Bonsoir, asseyez-vous, je vous en prie. Sophie s'est plutôt bien adaptée à l'école."
                        ),
                        "hint": (
                            "Posez une question sur les matières : « Comment est-ce que Sophie se débrouille en maths "
                            "et en lecture ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "der Fortschritt",
                            "das Fach",
                            "die Mathematik",
                            "das Lesen",
                            "die Note",
                            "sich beteiligen",
                            "das Verhalten",
                        ],
                        "phrases": [
                            "Wie läuft es bei Sophie im Unterricht?",
                            "Wie kommt sie in Mathe zurecht?",
                            "Beteiligt sie sich am Unterricht?",
                            "Versteht sie sich gut mit den anderen Kindern?",
                            "Das freut mich sehr zu hören.",
                        ],
                        "opening": (
                            "Guten Tag, nehmen Sie bitte Platz. Schön, dass Sie da sind. Sophie hat sich in der Schule "
                            "recht gut eingelebt."
                        ),
                        "hint": "Fragen Sie nach den Fächern: „Wie kommt Sophie in Mathe und beim Lesen zurecht?“",
                    },
                    "it": {
                        "vocabulary": [
                            "il progresso",
                            "la materia",
                            "la matematica",
                            "la lettura",
                            "il voto",
                            "partecipare",
                            "il comportamento",
                        ],
                        "phrases": [
                            "Come va Sofia in classe?",
                            "Come se la cava in matematica?",
                            "Partecipa durante le lezioni?",
                            "Va d'accordo con i compagni?",
                            "Mi fa molto piacere sentirlo.",
                        ],
                        "opening": (
                            "Buonasera, si accomodi. Piacere di conoscerla. Sofia si è inserita abbastanza bene nella "
                            "scuola."
                        ),
                        "hint": "Chiedi delle materie: «Come se la cava Sofia in matematica e in lettura?»",
                    },
                    "pt": {
                        "vocabulary": [
                            "o progresso",
                            "a disciplina",
                            "a matemática",
                            "a leitura",
                            "a nota",
                            "participar",
                            "o comportamento",
                        ],
                        "phrases": [
                            "Como é que estão a correr as aulas para a Sofia?",
                            "Como é que ela está a matemática?",
                            "Ela participa nas aulas?",
                            "Dá-se bem com os colegas?",
                            "Fico muito contente por saber isso.",
                        ],
                        "opening": (
                            "Boa tarde, sente-se, por favor. Muito prazer. A Sofia adaptou-se bastante bem à escola."
                        ),
                        "hint": "Pergunte pelas disciplinas: «Como é que a Sofia está a matemática e a leitura?»",
                    },
                },
            },
            {
                "name": "Challenges",
                "goal": "Discuss the difficulties your child has and understand their causes.",
                "objectives": [
                    "Understand the main difficulty",
                    "Ask for concrete examples",
                    "Share what you have noticed at home",
                ],
                "success_criteria": (
                    "The learner has understood the difficulty, asked for an example and shared an observation from "
                    "home."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la dificultad",
                            "concentrarse",
                            "los deberes",
                            "distraerse",
                            "el vocabulario",
                            "preocupar",
                            "costar",
                        ],
                        "phrases": [
                            "¿Qué es lo que más le cuesta?",
                            "¿Me podría dar un ejemplo?",
                            "En casa también he notado que se distrae mucho.",
                            "A veces no quiere hacer los deberes.",
                            "Me preocupa un poco que todavía no tenga amigos.",
                        ],
                        "opening": (
                            "Hay una cosa que me gustaría comentarle: a Sofía le cuesta concentrarse por las tardes y "
                            "a menudo no termina los ejercicios."
                        ),
                        "hint": (
                            "Pide un ejemplo y cuenta lo que ves en casa: «¿Me podría dar un ejemplo? En casa también "
                            "noto que se distrae mucho.»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "la difficulté",
                            "se concentrer",
                            "les devoirs",
                            "distrait",
                            "le vocabulaire",
                            "inquiéter",
                            "avoir du mal",
                        ],
                        "phrases": [
                            "Qu'est-ce qui lui pose le plus de difficultés ?",
                            "Vous pourriez me donner un exemple ?",
                            "À la maison aussi, j'ai remarqué qu'elle est souvent distraite.",
                            "Parfois, elle ne veut pas faire ses devoirs.",
                            "Ça m'inquiète un peu qu'elle n'ait pas encore d'amis.",
                        ],
                        "opening": (
                            "Il y a une chose dont j'aimerais vous parler : Sophie a du mal à se concentrer "
                            "l'après-midi et elle ne finit pas souvent ses exercices."
                        ),
                        "hint": (
                            "Demandez un exemple et dites ce que vous voyez à la maison : « Vous pourriez me donner un "
                            "exemple ? À la maison aussi, je trouve qu'elle est souvent distraite. »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Schwierigkeit",
                            "sich konzentrieren",
                            "die Hausaufgaben",
                            "abgelenkt",
                            "der Wortschatz",
                            "sich Sorgen machen",
                            "schwerfallen",
                        ],
                        "phrases": [
                            "Was fällt ihr am schwersten?",
                            "Könnten Sie mir ein Beispiel geben?",
                            "Zu Hause merke ich auch, dass sie sich schnell ablenken lässt.",
                            "Manchmal will sie keine Hausaufgaben machen.",
                            "Ich mache mir ein bisschen Sorgen, weil sie noch keine Freunde hat.",
                        ],
                        "opening": (
                            "Es gibt etwas, worüber ich gern mit Ihnen sprechen würde: Sophie kann sich nachmittags "
                            "schlecht konzentrieren und macht ihre Aufgaben oft nicht fertig."
                        ),
                        "hint": (
                            "Bitten Sie um ein Beispiel und erzählen Sie, was Sie zu Hause beobachten: „Könnten Sie "
                            "mir ein Beispiel geben? Zu Hause merke ich auch, dass sie schnell abgelenkt ist.“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "la difficoltà",
                            "concentrarsi",
                            "i compiti",
                            "distrarsi",
                            "il lessico",
                            "preoccupare",
                            "fare fatica",
                        ],
                        "phrases": [
                            "Che cosa le risulta più difficile?",
                            "Mi potrebbe fare un esempio?",
                            "Anche a casa ho notato che si distrae facilmente.",
                            "A volte non vuole fare i compiti.",
                            "Mi preoccupa un po' che non abbia ancora amici.",
                        ],
                        "opening": (
                            "C'è una cosa di cui vorrei parlarle: Sofia fa fatica a concentrarsi il pomeriggio e "
                            "spesso non finisce gli esercizi."
                        ),
                        "hint": (
                            "Chiedi un esempio e racconta che cosa noti a casa: «Mi potrebbe fare un esempio? Anche a "
                            "casa noto che si distrae facilmente.»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "a dificuldade",
                            "concentrar-se",
                            "os trabalhos de casa",
                            "distrair-se",
                            "o vocabulário",
                            "preocupar",
                            "custar",
                        ],
                        "phrases": [
                            "O que é que lhe custa mais?",
                            "Podia dar-me um exemplo?",
                            "Em casa também reparei que se distrai muito.",
                            "Às vezes não quer fazer os trabalhos de casa.",
                            "Preocupa-me um pouco que ainda não tenha amigos.",
                        ],
                        "opening": (
                            "Há uma coisa de que gostava de lhe falar: a Sofia tem dificuldade em concentrar-se à "
                            "tarde e muitas vezes não acaba os exercícios."
                        ),
                        "hint": (
                            "Peça um exemplo e conte o que nota em casa: «Podia dar-me um exemplo? Em casa também noto "
                            "que se distrai muito.»"
                        ),
                    },
                },
            },
            {
                "name": "Plan",
                "goal": "Agree with the teacher on concrete steps to help your child.",
                "objectives": ["Ask what you can do at home", "Suggest an idea of your own", "Agree on who does what"],
                "success_criteria": (
                    "The learner has asked for advice, made a suggestion and agreed on at least two concrete steps."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "el apoyo",
                            "ayudar",
                            "la rutina",
                            "proponer",
                            "las clases de refuerzo",
                            "leer",
                            "acordar",
                        ],
                        "phrases": [
                            "¿Qué podemos hacer en casa para ayudarla?",
                            "¿Y si leemos un rato cada noche?",
                            "¿El colegio ofrece clases de refuerzo?",
                            "Podríamos organizar mejor el horario de los deberes.",
                            "Entonces, quedamos en eso.",
                        ],
                        "opening": (
                            "Creo que entre los dos podemos ayudarla. ¿Tiene alguna idea de lo que podríamos hacer?"
                        ),
                        "hint": (
                            "Propón algo concreto: «¿Y si hace los deberes siempre a la misma hora, antes de cenar?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le soutien",
                            "aider",
                            "la routine",
                            "proposer",
                            "l'aide aux devoirs",
                            "lire",
                            "se mettre d'accord",
                        ],
                        "phrases": [
                            "Qu'est-ce qu'on peut faire à la maison pour l'aider ?",
                            "Et si on lisait un peu ensemble chaque soir ?",
                            "L'école propose une aide aux devoirs ?",
                            "On pourrait mieux organiser l'heure des devoirs.",
                            "Alors, on fait comme ça.",
                        ],
                        "opening": (
                            "Je pense qu'à nous deux, on peut l'aider. Vous avez une idée de ce qu'on pourrait faire ?"
                        ),
                        "hint": (
                            "Proposez quelque chose de concret : « Et si elle faisait ses devoirs toujours à la même "
                            "heure, avant le dîner ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Unterstützung",
                            "helfen",
                            "die Routine",
                            "vorschlagen",
                            "die Nachhilfe",
                            "vorlesen",
                            "vereinbaren",
                        ],
                        "phrases": [
                            "Was können wir zu Hause tun, um ihr zu helfen?",
                            "Wie wäre es, wenn wir jeden Abend zusammen lesen?",
                            "Bietet die Schule eine Hausaufgabenbetreuung an?",
                            "Wir könnten die Hausaufgabenzeit besser planen.",
                            "Gut, dann machen wir das so.",
                        ],
                        "opening": (
                            "Ich glaube, gemeinsam können wir ihr helfen. Haben Sie eine Idee, was wir tun könnten?"
                        ),
                        "hint": (
                            "Schlagen Sie etwas Konkretes vor: „Wie wäre es, wenn sie ihre Hausaufgaben immer zur "
                            "gleichen Zeit macht, vor dem Abendessen?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il sostegno",
                            "aiutare",
                            "la routine",
                            "proporre",
                            "il doposcuola",
                            "leggere",
                            "mettersi d'accordo",
                        ],
                        "phrases": [
                            "Che cosa possiamo fare a casa per aiutarla?",
                            "E se leggessimo insieme un po' ogni sera?",
                            "La scuola offre un doposcuola?",
                            "Potremmo organizzare meglio l'orario dei compiti.",
                            "Allora facciamo così.",
                        ],
                        "opening": "Secondo me, insieme possiamo aiutarla. Ha qualche idea su che cosa potremmo fare?",
                        "hint": (
                            "Proponi qualcosa di concreto: «E se facesse i compiti sempre alla stessa ora, prima di "
                            "cena?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": ["o apoio", "ajudar", "a rotina", "propor", "as explicações", "ler", "combinar"],
                        "phrases": [
                            "O que é que podemos fazer em casa para a ajudar?",
                            "E se lêssemos um bocadinho todas as noites?",
                            "A escola tem apoio ao estudo?",
                            "Podíamos organizar melhor o horário dos trabalhos de casa.",
                            "Então, fica combinado.",
                        ],
                        "opening": (
                            "Acho que, em conjunto, conseguimos ajudá-la. Tem alguma ideia do que podíamos fazer?"
                        ),
                        "hint": (
                            "Proponha uma coisa concreta: «E se ela fizesse os trabalhos de casa sempre à mesma hora, "
                            "antes do jantar?»"
                        ),
                    },
                },
            },
            {
                "name": "Follow-up",
                "goal": "Agree on how and when you will stay in touch and check progress.",
                "objectives": [
                    "Ask how best to contact the teacher",
                    "Agree on a date for a follow-up",
                    "Thank the teacher and say goodbye",
                ],
                "success_criteria": (
                    "The learner has agreed on a way to stay in contact and a date for a follow-up, and thanked the "
                    "teacher."
                ),
                "languages": {
                    "es": {
                        "vocabulary": [
                            "la tutoría",
                            "la plataforma",
                            "contactar",
                            "la agenda",
                            "la próxima reunión",
                            "el seguimiento",
                            "agradecer",
                        ],
                        "phrases": [
                            "¿Cuál es la mejor manera de contactar con usted?",
                            "¿Nos vemos otra vez dentro de un mes?",
                            "Le escribiré por la plataforma si hay algún cambio.",
                            "Muchas gracias por su tiempo y por su ayuda.",
                            "Hasta la próxima.",
                        ],
                        "opening": "Me parece un buen plan. Sería bueno ver cómo va dentro de unas semanas.",
                        "hint": (
                            "Acuerda cómo seguir en contacto: «¿Cuál es la mejor manera de contactar con usted? ¿Nos "
                            "vemos dentro de un mes?»"
                        ),
                    },
                    "fr": {
                        "vocabulary": [
                            "le rendez-vous",
                            "l'espace numérique",
                            "contacter",
                            "le cahier de liaison",
                            "le suivi",
                            "la prochaine réunion",
                            "remercier",
                        ],
                        "phrases": [
                            "Quel est le meilleur moyen de vous contacter ?",
                            "On se revoit dans un mois ?",
                            "Je vous écrirai dans le cahier de liaison s'il y a du changement.",
                            "Merci beaucoup pour votre temps et votre aide.",
                            "Au revoir, et à bientôt.",
                        ],
                        "opening": "Ça me semble un bon plan. Ce serait bien de faire le point dans quelques semaines.",
                        "hint": (
                            "Mettez-vous d'accord pour rester en contact : « Quel est le meilleur moyen de vous "
                            "contacter ? On se revoit dans un mois ? »"
                        ),
                    },
                    "de": {
                        "vocabulary": [
                            "die Sprechstunde",
                            "die Schulplattform",
                            "kontaktieren",
                            "das Hausaufgabenheft",
                            "das Gespräch",
                            "die Rückmeldung",
                            "sich bedanken",
                        ],
                        "phrases": [
                            "Wie erreiche ich Sie am besten?",
                            "Wollen wir uns in einem Monat noch einmal treffen?",
                            "Ich schreibe Ihnen über die Schulplattform, wenn sich etwas ändert.",
                            "Vielen Dank für Ihre Zeit und Ihre Hilfe.",
                            "Auf Wiedersehen, bis zum nächsten Mal.",
                        ],
                        "opening": (
                            "Das klingt nach einem guten Plan. Es wäre schön, in ein paar Wochen zu schauen, wie es "
                            "läuft."
                        ),
                        "hint": (
                            "Vereinbaren Sie, wie Sie in Kontakt bleiben: „Wie erreiche ich Sie am besten? Treffen wir "
                            "uns in einem Monat noch einmal?“"
                        ),
                    },
                    "it": {
                        "vocabulary": [
                            "il colloquio",
                            "il registro elettronico",
                            "contattare",
                            "il diario",
                            "l'aggiornamento",
                            "il prossimo incontro",
                            "ringraziare",
                        ],
                        "phrases": [
                            "Qual è il modo migliore per contattarla?",
                            "Ci rivediamo tra un mese?",
                            "Le scriverò sul registro elettronico se ci sono novità.",
                            "Grazie mille per il suo tempo e per il suo aiuto.",
                            "Arrivederci, alla prossima.",
                        ],
                        "opening": (
                            "Mi sembra un buon piano. Sarebbe utile rivederci tra qualche settimana per vedere come va."
                        ),
                        "hint": (
                            "Accordati su come restare in contatto: «Qual è il modo migliore per contattarla? Ci "
                            "rivediamo tra un mese?»"
                        ),
                    },
                    "pt": {
                        "vocabulary": [
                            "o atendimento",
                            "a plataforma",
                            "contactar",
                            "a caderneta",
                            "o acompanhamento",
                            "a próxima reunião",
                            "agradecer",
                        ],
                        "phrases": [
                            "Qual é a melhor forma de entrar em contacto consigo?",
                            "Voltamos a falar daqui a um mês?",
                            "Escrevo-lhe pela plataforma se houver alguma novidade.",
                            "Muito obrigado pelo seu tempo e pela sua ajuda.",
                            "Até à próxima.",
                        ],
                        "opening": "Parece-me um bom plano. Era bom vermos como corre daqui a umas semanas.",
                        "hint": (
                            "Combine como vão manter o contacto: «Qual é a melhor forma de entrar em contacto consigo? "
                            "Voltamos a falar daqui a um mês?»"
                        ),
                    },
                },
            },
        ],
    },
]
