"""The offline tutor's data: free-talk question banks by language, topic and CEFR level band (A, B, C), the
phrases it frames them with, the function words it does not echo, and the key words it recognises in
languages written without spaces. No Django here."""

QUESTIONS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "es": {
        "daily_life": {
            "A": ("¿A qué hora te levantas normalmente?", "¿Dónde vives?"),
            "B": ("¿Cómo fue tu día ayer?", "¿Qué cambiarías de tu rutina diaria?"),
            "C": (
                "¿Crees que la tecnología ha simplificado o complicado nuestra vida cotidiana?",
                "¿Qué hábitos te parecen imprescindibles para vivir bien?",
            ),
        },
        "food": {
            "A": ("¿Cuál es tu comida favorita?", "¿Qué desayunas normalmente?"),
            "B": ("¿Qué plato sabes cocinar bien?", "¿Cuál fue la mejor comida que probaste en un viaje?"),
            "C": (
                "¿Cómo influye la cultura de un país en su gastronomía?",
                "¿Deberían los gobiernos regular lo que comemos?",
            ),
        },
        "travel": {
            "A": ("¿Te gusta viajar?", "¿Adónde quieres ir de vacaciones?"),
            "B": ("¿Cuál ha sido tu mejor viaje hasta ahora?", "¿Prefieres viajar solo o acompañado? ¿Por qué?"),
            "C": (
                "¿Qué impacto tiene el turismo masivo en las ciudades?",
                "¿Viajar cambia nuestra forma de ver el mundo?",
            ),
        },
        "hobbies": {
            "A": ("¿Qué te gusta hacer el fin de semana?", "¿Practicas algún deporte?"),
            "B": ("¿Qué afición te gustaría empezar y por qué?", "¿Cómo descubriste tu pasatiempo favorito?"),
            "C": (
                "¿Por qué crees que las aficiones son importantes para el bienestar?",
                "Si tuvieras un año libre, ¿a qué te dedicarías?",
            ),
        },
        "work": {
            "A": ("¿En qué trabajas o qué estudias?", "¿Te gusta tu trabajo?"),
            "B": ("¿Cómo es un día normal en tu trabajo?", "¿Qué trabajo te gustaría tener en el futuro?"),
            "C": (
                "¿Cómo crees que cambiará el trabajo en los próximos diez años?",
                "¿Qué es más importante en un trabajo: el sueldo o la satisfacción personal?",
            ),
        },
    },
    "fr": {
        "daily_life": {
            "A": ("À quelle heure est-ce que tu te lèves ?", "Où est-ce que tu habites ?"),
            "B": ("Comment s'est passée ta journée hier ?", "Qu'est-ce que tu changerais dans ta routine ?"),
            "C": (
                "Penses-tu que la technologie a simplifié ou compliqué notre quotidien ?",
                "Quelles habitudes te semblent indispensables pour bien vivre ?",
            ),
        },
        "food": {
            "A": ("Quel est ton plat préféré ?", "Qu'est-ce que tu manges au petit-déjeuner ?"),
            "B": (
                "Quel plat est-ce que tu sais bien cuisiner ?",
                "Quel est le meilleur repas que tu as goûté en voyage ?",
            ),
            "C": (
                "Comment la culture d'un pays influence-t-elle sa cuisine ?",
                "Les gouvernements devraient-ils réglementer ce que nous mangeons ?",
            ),
        },
        "travel": {
            "A": ("Est-ce que tu aimes voyager ?", "Où est-ce que tu veux aller en vacances ?"),
            "B": (
                "Quel a été ton meilleur voyage jusqu'à maintenant ?",
                "Tu préfères voyager seul ou accompagné ? Pourquoi ?",
            ),
            "C": (
                "Quel est l'impact du tourisme de masse sur les villes ?",
                "Le voyage change-t-il notre regard sur le monde ?",
            ),
        },
        "hobbies": {
            "A": ("Qu'est-ce que tu aimes faire le week-end ?", "Est-ce que tu fais du sport ?"),
            "B": (
                "Quel loisir aimerais-tu commencer, et pourquoi ?",
                "Comment as-tu découvert ton passe-temps préféré ?",
            ),
            "C": (
                "Pourquoi les loisirs sont-ils importants pour le bien-être ?",
                "Si tu avais une année libre, à quoi la consacrerais-tu ?",
            ),
        },
        "work": {
            "A": ("Qu'est-ce que tu fais dans la vie ?", "Est-ce que tu aimes ton travail ?"),
            "B": ("Comment se passe une journée normale au travail ?", "Quel métier aimerais-tu faire plus tard ?"),
            "C": (
                "Comment le travail va-t-il changer dans les dix prochaines années ?",
                "Qu'est-ce qui compte le plus dans un emploi : le salaire ou l'épanouissement ?",
            ),
        },
    },
    "de": {
        "daily_life": {
            "A": ("Wann stehst du normalerweise auf?", "Wo wohnst du?"),
            "B": ("Wie war dein Tag gestern?", "Was würdest du an deinem Alltag ändern?"),
            "C": (
                "Hat die Technik unseren Alltag eher vereinfacht oder komplizierter gemacht?",
                "Welche Gewohnheiten hältst du für unverzichtbar, um gut zu leben?",
            ),
        },
        "food": {
            "A": ("Was ist dein Lieblingsessen?", "Was isst du zum Frühstück?"),
            "B": (
                "Welches Gericht kannst du gut kochen?",
                "Was war das beste Essen, das du auf einer Reise probiert hast?",
            ),
            "C": ("Wie prägt die Kultur eines Landes seine Küche?", "Sollte der Staat regeln, was wir essen?"),
        },
        "travel": {
            "A": ("Reist du gern?", "Wohin möchtest du in den Urlaub fahren?"),
            "B": ("Was war bisher deine schönste Reise?", "Reist du lieber allein oder mit anderen? Warum?"),
            "C": (
                "Welche Folgen hat der Massentourismus für die Städte?",
                "Verändert das Reisen unseren Blick auf die Welt?",
            ),
        },
        "hobbies": {
            "A": ("Was machst du gern am Wochenende?", "Treibst du Sport?"),
            "B": ("Welches Hobby würdest du gern anfangen und warum?", "Wie hast du dein Lieblingshobby entdeckt?"),
            "C": (
                "Warum sind Hobbys wichtig für das Wohlbefinden?",
                "Wenn du ein Jahr frei hättest, womit würdest du es verbringen?",
            ),
        },
        "work": {
            "A": ("Was machst du beruflich?", "Gefällt dir deine Arbeit?"),
            "B": ("Wie sieht ein normaler Arbeitstag bei dir aus?", "Welchen Beruf möchtest du in Zukunft haben?"),
            "C": (
                "Wie wird sich die Arbeitswelt in den nächsten zehn Jahren verändern?",
                "Was ist wichtiger im Beruf: das Gehalt oder die Zufriedenheit?",
            ),
        },
    },
    "it": {
        "daily_life": {
            "A": ("A che ora ti alzi di solito?", "Dove abiti?"),
            "B": ("Com'è andata la tua giornata ieri?", "Che cosa cambieresti nella tua routine quotidiana?"),
            "C": (
                "Secondo te, la tecnologia ha semplificato o complicato la vita quotidiana?",
                "Quali abitudini ti sembrano indispensabili per vivere bene?",
            ),
        },
        "food": {
            "A": ("Qual è il tuo piatto preferito?", "Che cosa mangi a colazione?"),
            "B": ("Quale piatto sai cucinare bene?", "Qual è il pasto migliore che hai assaggiato in viaggio?"),
            "C": (
                "In che modo la cultura di un paese influenza la sua cucina?",
                "Lo Stato dovrebbe regolare quello che mangiamo?",
            ),
        },
        "travel": {
            "A": ("Ti piace viaggiare?", "Dove vuoi andare in vacanza?"),
            "B": (
                "Qual è stato il tuo viaggio più bello finora?",
                "Preferisci viaggiare da solo o in compagnia? Perché?",
            ),
            "C": (
                "Che impatto ha il turismo di massa sulle città?",
                "Viaggiare cambia il nostro modo di vedere il mondo?",
            ),
        },
        "hobbies": {
            "A": ("Che cosa ti piace fare nel fine settimana?", "Fai sport?"),
            "B": ("Quale hobby ti piacerebbe iniziare e perché?", "Come hai scoperto il tuo passatempo preferito?"),
            "C": (
                "Perché gli hobby sono importanti per il benessere?",
                "Se avessi un anno libero, come lo passeresti?",
            ),
        },
        "work": {
            "A": ("Che lavoro fai?", "Ti piace il tuo lavoro?"),
            "B": ("Com'è una giornata normale al lavoro?", "Che lavoro ti piacerebbe fare in futuro?"),
            "C": (
                "Come cambierà il lavoro nei prossimi dieci anni?",
                "Che cosa conta di più in un lavoro: lo stipendio o la soddisfazione personale?",
            ),
        },
    },
    "pt": {
        "daily_life": {
            "A": ("A que horas você costuma acordar?", "Onde você mora?"),
            "B": ("Como foi o seu dia ontem?", "O que você mudaria na sua rotina?"),
            "C": (
                "Você acha que a tecnologia simplificou ou complicou o nosso dia a dia?",
                "Que hábitos você considera indispensáveis para viver bem?",
            ),
        },
        "food": {
            "A": ("Qual é a sua comida favorita?", "O que você come no café da manhã?"),
            "B": ("Que prato você sabe cozinhar bem?", "Qual foi a melhor refeição que você provou numa viagem?"),
            "C": ("Como a cultura de um país influencia a sua culinária?", "O governo deveria regular o que comemos?"),
        },
        "travel": {
            "A": ("Você gosta de viajar?", "Para onde você quer ir nas férias?"),
            "B": ("Qual foi a sua melhor viagem até agora?", "Você prefere viajar sozinho ou acompanhado? Por quê?"),
            "C": ("Qual é o impacto do turismo de massa nas cidades?", "Viajar muda a nossa forma de ver o mundo?"),
        },
        "hobbies": {
            "A": ("O que você gosta de fazer no fim de semana?", "Você pratica algum esporte?"),
            "B": (
                "Que passatempo você gostaria de começar e por quê?",
                "Como você descobriu o seu passatempo favorito?",
            ),
            "C": (
                "Por que os passatempos são importantes para o bem-estar?",
                "Se você tivesse um ano livre, como o aproveitaria?",
            ),
        },
        "work": {
            "A": ("Em que você trabalha?", "Você gosta do seu trabalho?"),
            "B": ("Como é um dia normal no seu trabalho?", "Que profissão você gostaria de ter no futuro?"),
            "C": (
                "Como o trabalho vai mudar nos próximos dez anos?",
                "O que é mais importante num emprego: o salário ou a realização pessoal?",
            ),
        },
    },
    "en": {
        "daily_life": {
            "A": ("What time do you usually get up?", "Where do you live?"),
            "B": ("How was your day yesterday?", "What would you change about your daily routine?"),
            "C": (
                "Has technology made everyday life simpler or more complicated?",
                "Which habits do you consider essential to living well?",
            ),
        },
        "food": {
            "A": ("What is your favourite food?", "What do you eat for breakfast?"),
            "B": ("What dish can you cook well?", "What was the best meal you tried on a trip?"),
            "C": ("How does a country's culture shape its cuisine?", "Should governments regulate what we eat?"),
        },
        "travel": {
            "A": ("Do you like travelling?", "Where do you want to go on holiday?"),
            "B": ("What has been your best trip so far?", "Do you prefer travelling alone or with others? Why?"),
            "C": ("What impact does mass tourism have on cities?", "Does travelling change the way we see the world?"),
        },
        "hobbies": {
            "A": ("What do you like doing at the weekend?", "Do you play any sports?"),
            "B": ("Which hobby would you like to take up, and why?", "How did you discover your favourite pastime?"),
            "C": ("Why are hobbies important for well-being?", "If you had a year off, how would you spend it?"),
        },
        "work": {
            "A": ("What do you do for a living?", "Do you like your job?"),
            "B": ("What is a normal day at work like for you?", "What job would you like to have in the future?"),
            "C": (
                "How will work change over the next ten years?",
                "What matters more in a job: the salary or the satisfaction?",
            ),
        },
    },
    "ja": {
        "daily_life": {
            "A": ("毎朝何時に起きますか？", "どこに住んでいますか？"),
            "B": ("昨日はどんな一日でしたか？",),
            "C": ("技術は私たちの日常生活を便利にしたと思いますか？",),
        },
        "food": {
            "A": ("好きな食べ物は何ですか？", "朝ごはんに何を食べますか？"),
            "B": ("旅行で食べた一番おいしい料理は何でしたか？",),
            "C": ("国の文化は料理にどのような影響を与えると思いますか？",),
        },
        "travel": {
            "A": ("旅行が好きですか？",),
            "B": ("今までで一番よかった旅行はどこでしたか？",),
            "C": ("観光客が増えると、町はどう変わると思いますか？",),
        },
    },
    "zh": {
        "daily_life": {
            "A": ("你每天早上几点起床？", "你住在哪里？"),
            "B": ("你昨天过得怎么样？",),
            "C": ("你认为科技让我们的日常生活更方便了吗？",),
        },
        "food": {
            "A": ("你最喜欢吃什么？", "你早饭一般吃什么？"),
            "B": ("你在旅行中吃过的最好吃的东西是什么？",),
            "C": ("一个国家的文化怎样影响它的饮食？",),
        },
        "travel": {
            "A": ("你喜欢旅行吗？",),
            "B": ("到目前为止，你最难忘的旅行是哪一次？",),
            "C": ("大众旅游对城市有什么影响？",),
        },
    },
    "ko": {
        "daily_life": {
            "A": ("보통 아침 몇 시에 일어나요?", "어디에 살아요?"),
            "B": ("어제 하루는 어땠어요?",),
            "C": ("기술이 우리의 일상생활을 더 편리하게 만들었다고 생각해요?",),
        },
        "food": {
            "A": ("가장 좋아하는 음식이 뭐예요?", "아침에 보통 뭘 먹어요?"),
            "B": ("여행에서 먹어 본 음식 중에 가장 맛있었던 건 뭐예요?",),
            "C": ("한 나라의 문화가 음식에 어떤 영향을 준다고 생각해요?",),
        },
        "travel": {
            "A": ("여행하는 것을 좋아해요?",),
            "B": ("지금까지 가장 좋았던 여행은 어디였어요?",),
            "C": ("관광객이 많아지면 도시가 어떻게 변한다고 생각해요?",),
        },
    },
}

# The first turn, before the learner has said anything.
GREETINGS = {
    "es": "¡Hola! Vamos a practicar un poco.",
    "fr": "Bonjour ! On va pratiquer un peu.",
    "de": "Hallo! Lass uns ein bisschen üben.",
    "it": "Ciao! Facciamo un po' di pratica.",
    "pt": "Olá! Vamos praticar um pouco.",
    "en": "Hi! Let's practise a little.",
    "ja": "こんにちは！少し練習しましょう。",
    "zh": "你好！我们来练习一下吧。",
    "ko": "안녕하세요! 같이 연습해 봐요.",
}

# "{words}" is the learner's recognised words, joined by WORD_SEPARATORS.
ECHOES = {
    "es": "Has mencionado: {words}.",
    "fr": "Tu as mentionné : {words}.",
    "de": "Du hast erwähnt: {words}.",
    "it": "Hai menzionato: {words}.",
    "pt": "Você mencionou: {words}.",
    "en": "You mentioned: {words}.",
    "ja": "「{words}」について話してくれましたね。",
    "zh": "你提到了：{words}。",
    "ko": "{words}에 대해 이야기했네요.",
}

# When none of the learner's words was recognised.
ACKNOWLEDGEMENTS = {
    "es": "Gracias por tu mensaje.",
    "fr": "Merci pour ton message.",
    "de": "Danke für deine Nachricht.",
    "it": "Grazie per il tuo messaggio.",
    "pt": "Obrigado pela sua mensagem.",
    "en": "Thanks for your message.",
    "ja": "メッセージをありがとう。",
    "zh": "谢谢你的消息。",
    "ko": "메시지 고마워요.",
}

WORD_SEPARATORS = {"ja": "、", "zh": "、"}  # others: ", "
SENTENCE_SEPARATORS = {"ja": "", "zh": ""}  # others: " "


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Function words (and the commonest verb forms) not worth echoing back, for languages written with spaces.
STOPWORDS = {
    "es": _words(
        "a adiós al algo algún alguna algunos ante antes aquí así aunque bien cada como cómo con contra cual cuál "
        "cuando de del desde donde dónde dos el él ella ellas ellos en entre era eres es esa ese eso esta está "
        "están estás este esto estoy fue fui gusta gustan ha hay han he hace hacer hago la las le les lo los más "
        "me mi mí mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque que qué quien se "
        "sea ser si sí sin sobre soy son su sus también tan te tener tengo ti tiene tienen todo todos tu tú tus "
        "un una uno unos usted vez voy y ya yo hola"
    ),
    "fr": _words(
        "a à ai aime aimes as au aussi autre aux avec avoir avons bien bonjour c ça ce cela ces cet cette chez "
        "comme d dans de des donc du elle elles en encore es est et été être eu fais fait faire il ils j je l la "
        "le les leur lui m ma mais me même mes moi mon n ne nos notre nous on ont ou où par pas peu plus pour qu "
        "que qui s sa sans se salut ses si son sont suis sur t ta te tes toi ton tous tout très tu un une va vais "
        "vos votre vous y"
    ),
    "de": _words(
        "aber alle als am an auch auf aus bei bin bis bist da das dass dein deine deinem deinen deiner dem den "
        "der des die dir doch du ein eine einem einen einer es für gern gerne hab habe haben hallo hat ich ihr im "
        "in ist ja jetzt kann kein keine man mein meine meinem meinen meiner mich mir mit nach nicht noch nur "
        "oder schon sehr sein sich sie sind so und uns unser vom von vor war was weil wenn wie wir wird zu zum "
        "zur über"
    ),
    "it": _words(
        "a ad al alla alle anche avere c che chi ci ciao come con da dal dalla dei del della di e è ed era gli ha "
        "hai ho i il in io l la le lei li lo lui ma mi mia mio molto ne nel nella noi non o per perché piace "
        "piacciono più poco quando questa questo se sei si siamo sono sto su sua suo ti tra tu tutti tutto un una "
        "uno vi voi"
    ),
    "pt": _words(
        "a à ao aos as com como da das de do dos e é ela ele eles em estou está eu foi gosta gosto há isso isto "
        "já mais mas me meu minha muito na nas não no nos o os ou para pela pelo por porque que se sem ser seu "
        "sou sua são também te tem tenho tu um uma vou você oi olá"
    ),
    "en": _words(
        "a about after all also am an and any are as at be because been but by can could did do does doing don't "
        "for from had has have he hello her hi him his how i i'm if in into is it it's its just like me more most "
        "my no not of on or our out really she so some than that the their them then there they this to too up us "
        "very was we were what when where which who will with would you your"
    ),
}

# Key words recognised in languages where words are not separated by spaces (or carry attached particles).
KEYWORDS = {
    "ja": _words(
        "朝ごはん 朝 夜 家 学校 仕事 毎日 友達 家族 寿司 ラーメン ご飯 料理 魚 肉 野菜 お茶 コーヒー "
        "旅行 東京 京都 大阪 海 山 電車 ホテル 飛行機"
    ),
    "zh": _words(
        "早上 晚上 家 学校 工作 每天 朋友 家人 米饭 面条 饺子 早饭 鱼 肉 茶 咖啡 旅行 北京 上海 飞机 火车 酒店 海边 山"
    ),
    "ko": _words(
        "아침 저녁 집 학교 회사 매일 친구 가족 김치 비빔밥 불고기 라면 밥 커피 음식 고기 여행 서울 부산 제주도 바다 "
        "산 비행기 호텔"
    ),
}
