"""Word lists the rules use. Data, not logic.

Where they come from: the speech-act and denial verbs are the reporting verbs
of English news style (the attribution verbs of AP/Reuters style guides and of
the PARC/PolNeAR annotation guidelines), written out by hand as lemmas; the
role nouns and honorifics are ordinary English titles. Nothing here was fitted
to a particular article: each entry is a general English word.
"""


def words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# Verbs that report speech and take a clause, a quote or both ("said that...",
# '"...," she said'). Lemmas, as spaCy's lemmatizer gives them.
SPEECH_VERBS = words("""
    say tell add state announce claim allege insist argue warn write testify accuse
    deny reject dismiss refute dispute rebut repudiate explain note declare acknowledge
    admit reply respond tweet post assert maintain contend stress emphasize emphasise
    reiterate confirm report recall comment remark observe concede complain charge urge
    caution predict promise vow pledge threaten suggest reveal disclose assure inform
    counter retort concur agree propose recommend estimate conclude acknowledge boast
    brag blast criticize criticise condemn denounce call demand blame cite
    contest contradict debunk disavow describe brand label term dub characterise characterize
    rule remind
    """)

# Who rules: what they "find" is a ruling or its ground, a statement (unlike what a study finds).
JUDICIAL = words("judge justice court jury tribunal coroner magistrate")

# Documents whose author a description names ("a report by X", "X's study").
DOCUMENT_SUBJECTS = words("""
    report study survey audit review inquiry investigation analysis poll research paper
    document memo filing ruling judgment judgement verdict assessment census data figures results
    statistics estimates
    statement letter complaint lawsuit indictment email e-mail
    """)

# Verbs that, like "call", say what something is: a statement only with the "as" or
# the complement ("described the claims as baseless", "branded the report a smear").
DESCRIBING_VERBS = words("describe brand label term dub characterise characterize")

# Quotation marks as tokens, opening and closing a quoted label: 'dismissed as "nonsense" rumours
# that ...', 'the firm "categorically" rejects ...' (straight, curly, single).
OPENING_MARKS = frozenset("\"“‘'")
CLOSING_MARKS = frozenset("\"”’'")
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS

# Verbs that introduce a quotation but rarely a reported clause: only counted
# when a quotation sits next to them ('"Why now?" she asked').
QUOTE_ONLY_VERBS = words("""
    ask continue joke quip laugh shout yell scream whisper exclaim sigh muse wonder
    recount elaborate chime interject plead
    """)

# Speech verbs whose content can be a noun phrase ("denied the report",
# "announced a ceasefire", "rejected claims that...").
NP_CONTENT_VERBS = words("""
    deny reject dismiss refute dispute rebut repudiate contest contradict debunk disavow
    confirm acknowledge admit
    announce predict promise pledge vow reveal disclose demand propose recommend
    blame cite
    """)

# Verbs whose content can be an infinitive ("vowed to retaliate").
XCOMP_CONTENT_VERBS = words("promise pledge vow threaten urge warn demand propose")

# Verbs that relay someone else's words: their subject is a conduit when the
# reported clause has its own speaker ("X said Y, state media reported").
RELAY_VERBS = words("report quote carry publish broadcast air relay")

# Denial: verbs that reject a claim, and words that call a claim untrue.
DENIAL_VERBS = words("deny reject dismiss refute dispute rebut repudiate contest contradict debunk disavow")
# Phrasal verbs that reject what someone said: verb lemma -> (particles, prepositions before
# what is rejected, none when it is the object): "pushed back on the complaints", "hit back at
# the claims", "brushed aside the report", "shrugged off the criticism".
PHRASAL_DENIALS = {
    "push": (words("back"), words("on against")),
    "hit": (words("back"), words("at")),
    "brush": (words("off aside"), frozenset()),
    "shrug": (words("off"), frozenset()),
    "laugh": (words("off"), frozenset()),
    "wave": (words("away off aside"), frozenset()),
    "take": (words("issue"), words("with")),
}
DENIAL_WORDS = words("""
    groundless baseless false untrue unfounded absurd ridiculous nonsense fabrication
    fabricated fabrications lie lies lying rumor rumors rumour rumours slander slanderous
    smear smears fiction fictitious fake bogus misleading inaccurate wrong hoax
    preposterous outrageous laughable fantasy concocted invented spurious speculative
    unsubstantiated unproven incorrect ludicrous misinformation disinformation propaganda
    distortion distortions distorted mischaracterization mischaracterisation misrepresentation
    exaggerated fanciful erroneous untruthful libellous libelous defamatory
    motivated error errors inaccuracies mistake mistakes invention
    falsehood falsehoods untruth untruths innuendo debunked discredited
    selective misguided flawed myth myths mistaken misplaced unsupported unreliable dubious
    overblown overstated inflated skewed exaggeration exaggerations
    """)
# Verbs whose subject gets the facts wrong (said of the other side, they reject its claim): "the
# paper misrepresented her dealings", "her words were twisted", "the story was made up". English
# verbs of misrepresenting, with both spellings; "lie" only in its forms that cannot mean "lay".
# Not "falsify", "doctor" or "fabricate": misconduct one is accused of ("falsified test results").
FALSIFYING_VERBS = words("""
    misrepresent mischaracterise mischaracterize distort misquote twist misreport exaggerate
    overstate invent
    """)
LYING = words("lied lying lies")
# Verbs of a claim holding up, which negated reject it: "does not stand up to scrutiny", "the
# figures do not add up", "the argument does not hold water".
HOLDING = {"stand": words("up"), "hold": words("up water"), "add": words("up")}
# What one rejects, denies or dismisses by a decision, not a claim one calls untrue: a vote on
# a bid, a ruling on a request ("rejected the cabinet's bid", "denied a request", "denied entry").
DECISION_OBJECTS = words("""
    proposal proposals plan plans offer offers bid bids request requests appeal appeals application
    applications budget budgets motion motions bill bills amendment amendments deal deals agreement
    agreements nomination nominations candidate candidates resignation call calls demand demands
    invitation invitations settlement treaty measure measures law laws reform reforms entry access
    permission visa licence license case cases lawsuit suit petition petitions idea ideas option
    options compromise ceasefire truce move bail accreditation accreditations approach approaches
    """)
# Words that, negated, say something did not happen ("did nothing wrong", "no wrongdoing").
WRONGDOING = words("wrong wrongdoing illegal illegally improper improperly unlawful unlawfully")
# Nouns naming a claim: the thing a denial rejects ("claims by X that...").
CLAIM_NOUNS = words("""
    claim claims allegation allegations accusation accusations charge charges report
    reports suggestion suggestions assertion assertions rumor rumors rumour rumours
    story stories speculation insinuation insinuations statement statements criticism
    criticisms figures findings account version characterization characterisation portrayal
    """)
# Nouns for a news outlet: "a newspaper report", "the paper's story" name the outlet as the claim's author.
OUTLET_NOUNS = words("newspaper paper daily broadcaster tabloid magazine channel station")
# The speech verbs whose words a claim noun names: "the allegations" are what someone alleged.
CLAIM_VERBS = {
    "allegation": words("allege accuse charge claim"),
    "accusation": words("accuse allege charge"),
    "charge": words("charge accuse allege"),
    "claim": words("claim allege accuse insist"),
    "criticism": words("criticise criticize blast condemn denounce"),
    "suggestion": words("suggest"),
    "complaint": words("complain allege"),
    "warning": words("warn"),
    "assertion": words("assert claim insist"),
    "report": words("report"),
}
# Negation and rebuttal markers of a first-person denial ("we have never...").
NEGATIONS = words("not n't never no nothing nobody none neither nor")
FIRST_PERSON = words("i we me us my our")

# Nouns that name a position; a subject headed by one is an unnamed official
# ("a State Department official") unless a name stands next to it.
ROLE_NOUNS = words("""
    spokesman spokeswoman spokesperson spokespeople official officials minister
    secretary president director chief executive ceo chairman chairwoman chairperson
    chair head leader ambassador envoy diplomat diplomats general commander governor
    mayor senator lawmaker lawmakers legislator representative congressman congresswoman
    prosecutor judge lawyer attorney adviser advisor aide aides manager founder owner
    officer premier chancellor king queen prince princess pope cardinal bishop sheriff
    analyst analysts expert experts economist economists professor researcher researchers
    scientist scientists deputy vice coach captain inspector auditor
    negotiator negotiators mediator commissioner administrator superintendent principal
    dean provost rector president-elect candidate nominee strategist pollster consultant
    source sources insider insiders witness witnesses resident residents activist
    activists organizer organiser member members staffer staffers worker workers
    employee employees partner partners investor investors engineer engineers farmer farmers
    doctor doctors nurse nurses teacher teachers student students driver drivers pilot pilots
    soldier soldiers journalist journalists reporter reporters editor editors biologist
    physician surgeon pharmacist technician technicians mechanic miner miners fisherman
    fishermen owner owners shopkeeper trader traders banker bankers diplomat lawyer lawyers
    campaigner campaigners volunteer volunteers survivor survivors victim victims parent parents
    neighbour neighbours neighbor neighbors villager villagers passenger passengers voter voters
    hydrologist geologist seismologist epidemiologist virologist ecologist climatologist
    criminologist psychologist sociologist archaeologist anthropologist toxicologist
    historian statistician physicist chemist geographer meteorologist oceanographer
    nutritionist dietitian veterinarian paramedic firefighter councillor councilor curator
    librarian architect accountant planner surveyor academic specialist
    correspondent correspondents columnist columnists commentator commentators
    """)

# What an artist or writer does, for a name beside it ("the composer Dorcas Pelling"): no position,
# so not in ROLE_NOUNS, but a person's occupation as the arts pages write it.
ARTS_OCCUPATIONS = words("""
    composer poet painter singer songwriter writer author playwright actor actress sculptor
    photographer filmmaker dancer choreographer conductor illustrator cartoonist
    """)

# Words that end the names of companies and organisations ("Norvik Shipping").
ORG_NAME_WORDS = words("""
    inc inc. corp corp. ltd ltd. llc plc co co. gmbh ag sa group holdings shipping airlines
    airways motors energy foods pharmaceuticals pharma bank capital partners systems
    technologies industries logistics insurance mining steel oil gas power telecom software
    labs studios brewery hotels resorts properties realty construction chemicals electric
    railways rail transit communications networks solutions services ventures trust fund
    minerals metals resources materials beverages brands textiles mills farms dairies aviation
    aerospace automotive biotech therapeutics healthcare medical securities financial finance
    investments management consulting research analytics entertainment publishing records
    ports freight electronics semiconductors robotics devices instruments engineering builders
    homes housing estates water utilities renewables solar petroleum refining pipelines
    telecommunications wireless broadband digital computing cloud pictures retail stores
    supermarkets pharmacy transport cargo security alliance coalition institute association
    generics guild society college church project initiative watch
    air aero seeds lithium cement bakeries grocers apps games fc afc rovers wanderers athletic albion
    """)

# Nouns for people as such, not by role (who can say things, unlike a thing): written for the
# speaker rules.
PEOPLE_WORDS = words("""
    people person man woman men women resident neighbour neighbor family worker member voter
    citizen parent child student pupil patient victim survivor witness friend relative customer
    star legend veteran champion hero icon boss mogul tycoon billionaire magnate heir rival critic ally
    """)

# Nouns a definite description uses for an organisation introduced earlier
# ("the ministry said" after "the Ministry of Defence").
ORG_DESCRIPTIONS = words("""
    ministry department agency company firm group government administration office
    council committee commission authority authorities board bank union party campaign
    court police army military navy force forces embassy organisation organization
    institute foundation association federation coalition alliance regime cabinet
    parliament congress senate house network newspaper broadcaster channel paper
    corporation airline carrier operator maker manufacturer producer retailer insurer
    lender utility club team league university school hospital charity regulator watchdog
    inspectorate tribunal trust panel mission service website startup consultancy
    """)

# What a description calls an organisation whose name uses another word ("the force" for
# "Wetherstone Police"), and descriptions of a news outlet ("the paper" for "the Drovane Post").
# Ordinary English usage in news copy.
DESCRIPTION_NAMES = {
    "force": words("police constabulary"),
    "constabulary": words("police"),
    # football and other sports clubs ("the club" for "Harrowby United")
    "club": words("united city fc afc rovers athletic wanderers albion town"),
    "team": words("united city fc afc rovers athletic wanderers albion town"),
}
# Words that say a name after them is a news outlet's ("the daily Nordposten").
OUTLET_WORDS = OUTLET_NOUNS | words("weekly broadsheet")
# Descriptions that refer back to an outlet named earlier ("the paper" for "the Drovane Post").
MEDIA_DESCRIPTIONS = OUTLET_NOUNS - words("magazine") | words("outlet publication")

# Titles a role noun stands for when it refers back or forward ("the judge" for "Mr Justice
# X"). Ordinary English usage (British and American court and press titles).
ROLE_SYNONYMS = {
    "judge": words("justice magistrate"),
    "spokesman": words("spokesperson"),
    "spokeswoman": words("spokesperson"),
    "spokesperson": words("spokesman spokeswoman"),
    "prosecutor": words("attorney"),
    "lawyer": words("attorney counsel solicitor barrister"),  # American and British names for one job
}

# Nouns whose owner is a state: "Estmark's foreign ministry", "Estmark's finance minister".
STATE_NOUNS = words("""
    ministry government army military navy police embassy parliament cabinet president
    minister premier ambassador envoy diplomat diplomats forces administration consulate
    treasury senate congress legislature regime chancellor
    """)

# Nouns for a place a name in front of them names ("the Millrace neighborhood"), so that name is
# no person whatever the tagger says. Ordinary English usage.
PLACE_NOUNS = words("""
    neighborhood neighbourhood district area suburb quarter ward estate street road avenue lane
    square park valley ridge hill river lake coast bay village town city county region province
    crossing border port harbour harbor airport station zone
    library hall centre center stadium arena museum theatre theater chapel cathedral bridge
    """)

# Words that make a subject a document rather than an actor ("the statement
# added"): resolved to whoever issued the statement.
DOCUMENT_NOUNS = words("""
    statement communique communiqué release letter report post message notice filing text
    complaint lawsuit petition indictment ruling judgment judgement verdict readout transcript
    email e-mail
    """)

# Media words: an organisation named with one is a news outlet.
MEDIA_WORDS = words("""
    news agency media television tv radio broadcaster newspaper daily times post journal
    herald tribune gazette guardian telegraph press network channel wire
    """)

PRONOUNS_MALE = words("he him his himself")
PRONOUNS_FEMALE = words("she her hers herself")
PRONOUNS_PLURAL = words("they them their themselves")
PRONOUNS_NEUTER = words("it its itself")
PRONOUNS_FIRST = words("i we me us")
RELATIVE_PRONOUNS = words("who which that whom")

# Honorifics stripped from a person's canonical name ("Mr. Kirby" -> "Kirby").
HONORIFICS = words("""
    mr mr. mrs mrs. ms ms. mx mx. miss dr dr. prof prof. sir dame lord lady sen sen. rep rep.
    gov gov. gen gen. col col. lt lt. capt capt. adm adm. sgt sgt. maj maj. cpl cpl. rev rev.
    cllr cllr. cr cr. supt supt. insp insp. det det.
    """)
# Title words stripped from the front of a name while two words remain
# ("Prime Minister Anna Berg" -> "Anna Berg", but "Dean Smith" stays).
TITLE_WORDS = words("""
    president premier chancellor minister secretary senator governor mayor judge justice
    general admiral colonel captain sheriff reverend father sister brother king queen
    prince princess sheikh emir pope prime foreign deputy vice acting former interim chief
    senior state national councillor councilor councilman councilwoman alderman
    commissioner chairman chairwoman director inspector superintendent ambassador envoy treasurer
    spokesman spokeswoman spokesperson professor attorney prosecutor lawmaker assemblyman
    assemblywoman congressman congresswoman representative coach officer detective
    major lieutenant sergeant corporal brigadier commodore marshal private
    """)
FEMALE_MARKERS = words(
    "mrs mrs. ms ms. miss dame lady madam queen princess sister spokeswoman chairwoman congresswoman"
)
MALE_MARKERS = words("mr mr. sir lord king prince father brother spokesman chairman congressman")

# Words stripped from the front of a description ("the", "some", "two").
DETERMINERS = words("the a an some several many two three four five other another")

# Relative day words for "when said".
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
