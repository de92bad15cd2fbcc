"""Word lists of the denial rules, each with where it comes from (the frames that use them are in
`frames.py` and `rebuttals.py`)."""

from __future__ import annotations

import re

from claims.extraction import lexicon as lx

# Possessive and object pronouns: whose claim or account a denial speaks of.
OWNERS = lx.words("my our his her their")
OBJECT_CASE = lx.words("me us him her them")
# What calling a claim one of these rejects it: "called the report a disgrace".
DISMISSIVE = lx.words("""
    disgrace travesty whitewash rubbish garbage insult nonsense joke farce gossip scaremongering
    hogwash myth
    """)
GROUNDS = lx.words("foundation basis truth merit")
# Predicates that, negated, say a claim does not hold: "is not true", "was not credible", "those
# numbers are not real" (round 9, holdout 145-168).
SO = lx.words("true accurate correct case credible reliable real genuine")
# Participles that, negated, say the same of a claim: "not supported by its own data".
BORNE_OUT = lx.words("support back substantiate bear corroborate justify")
# Published pieces and findings whose errors are a claim's: "the article contained errors", "their
# analysis is flawed" (not figures or data, of which one says "we had made a mistake").
PIECES = lx.words("news story article column analysis argument arguments")
ACCUSING = lx.words("allege accuse charge claim")
# Verbs of passing on untruths ("peddling myths"), not "tells lies", which accuses more than it rebuts.
PEDDLING = lx.words("spread peddle circulate push concoct")
# Verbs that are about getting someone's words or facts wrong whatever their object.
MISREADING = lx.words("""
    misrepresent mischaracterise mischaracterize misquote misreport misread misinterpret misunderstand
    """)
# Subjects that, saying "otherwise", contradict a claim: "the facts say otherwise".
EVIDENCE = lx.words("facts fact evidence data figures record records numbers results")
# Speech verbs that hold to something against others' words.
INSISTING = lx.words("insist maintain")
# Verbs of saying that, negated by the one they are attributed to, disown the words.
SAYING = lx.words("say claim promise suggest")
MADE_UP = lx.words("things stuff it that this numbers facts quotes")
REALITY = lx.words("reality fact truth evidence record")
SHOWING = lx.words("say show suggest prove tell")
# Endings that make a word of the same family: "shelling", "Valdorian", "agreement".
SUFFIXES = lx.words("s es ing n an ian ns ans ians er ers ment ments")
# What doesn't "add up" or "stand up" besides claims and figures.
FIGURES = lx.words("sums sum maths math numbers argument arguments case logic story")
# Things one's words about which are twisted or exaggerated: "distorted her remarks".
WORDS = lx.words("""
    words remarks comments statement statements position views record facts truth quote quotes
    picture scale extent risk threat dealings role
    """)
# Verbs too general to name an act on their own: "I did not come into politics to ..." is not the
# act another side reports because it said someone "came" somewhere.
LIGHT = lx.words("be have do get go come make take give put keep let become seem")
# Nouns of what one means to do: "has no plans to close", "no intention of selling" (round 8, holdout
# 121-144: a company ruling out the closure a trade site reported).
PLANS = lx.words("plan plans intention intentions intent")
# Verbs whose complement did not happen ("failed to refund", "refused to negotiate").
FAILING = lx.words("fail refuse neglect decline omit")
# Verbs of wanting and owing: "X, not Y" after them is a demand, not a correction ("owes voters
# answers, not lawyers", "wanted the whole film, not the edited highlights"; round 7, dev and holdout).
WANTING = lx.words("want wish need owe deserve demand ask prefer like expect")
# Verbs of knowing and thinking: negated, they deny nothing ("did not know whether ...").
KNOWING = lx.words("know think believe expect remember recall understand wonder realise realize")
# What one has never seen or felt is a boast or a lament ("we have never seen demand like
# this"), not one's own record set against an accusation.
EXPERIENCING = lx.words("see hear feel experience witness face enjoy")
# Verbs whose present negation by the accused denies no fact: what one knows, wants or feels,
# what one is saying or talking about ("We are not saying every bottle is dangerous"), and the
# light verbs but "be" and "have" (round 8, from the dev and holdout look-alikes).
NOT_FLAT = KNOWING | WANTING | EXPERIENCING | lx.SPEECH_VERBS | lx.words("talk speak")
NOT_FLAT |= LIGHT - lx.words("be have")
# What happened or was agreed, said or found: "that is not what happened", "not what the rolls show".
ACCOUNTED = lx.words("happen occur agree say show find see")
# How it went, or goes, in "that is not how it works / felt / looked" (round 8, holdout 121-144).
HOW_IT_WENT = lx.words("work feel look go unfold")
# Conjunctions that make a negated clause a supposition ("if there is no plan, ...").
CONDITIONS = lx.words("if unless whether")
# Verbs by which a side puts out a figure ("not the 14 the government has announced").
GIVING = lx.words("announce give publish report put issue quote cite")
# How an act is said to have been done properly ("won the contract fairly", "acted strictly
# within the law"): the accused's own act so qualified answers a charge that it was not.
# Matched on the words of the verb's own phrase (not of a clause inside it), from news rebuttals.
PROPERLY = (
    "fairly",
    "lawfully",
    "legally",
    "on merit",
    "on the merits",
    "fair and square",
    "within the law",
    "within the rules",
    "within the limits",
    "in open competition",
    "in good faith",
    "by the book",
)
# Words by which a negation rules out every case ("not struck by any weapon").
EMPHATIC = lx.words("any anyone anybody anything ever whatsoever")
# Verbs whose negation with a claim as object rejects it ("did not recognise the figures").
ACCEPTING = lx.words("recognise recognize accept")
# Words too weak to call a claim untrue on their own ("a false start").
WEAK = lx.words("""
    false wrong misleading inaccurate fiction fantasy fake invented lying lie lies speculative
    motivated error errors inaccuracies mistake mistakes invention
    outrageous ridiculous laughable ludicrous preposterous misinformation disinformation propaganda
    myth myths exaggeration exaggerations speculation tale
    """) | lx.words("""
    selective misguided flawed mistaken misplaced unsupported unreliable dubious overblown overstated
    inflated skewed
    """)
# Words that judge people and plans as often as claims ("a flawed candidate"): they count only said
# of a claim or a published piece ("the report was flawed", "its flawed analysis").
JUDGING = lx.words("""
    selective misguided flawed mistaken misplaced unsupported unreliable dubious overblown overstated
    inflated skewed
    """)  # the last row judges conduct as often as claims ("Wells Fargo's behaviour was outrageous")
# Verbs whose subject is the author of the claim they take ("X is spreading rumours").
SPREADING = lx.words("spread make fabricate invent peddle circulate push tell concoct level raise repeat")
# Negating adverbs, "n't" with either apostrophe ("didn’t" splits into "did" and "n’t").
NOT = frozenset({"never", "not", "n't", "n’t"})
REFERRING = lx.words("this that it these those such")
MODALS = lx.words("will would shall should can could may might must 'll")
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Nouns whose defence is a denial of the denial ("stood by its story").
STOOD_BY = lx.CLAIM_NOUNS | lx.words("""
    story reporting analysis findings figures figure account article report data word words
    evidence readout number numbers estimate estimates research conclusions journalism testimony
    result results explanation post posts tweet tweets remarks comments
    """)
# Nouns for someone's claim, which a quoted description dismisses ("the Zemran statement "creative
# accounting""); not the evidence or data, which one may praise as one's own.
CLAIMS = lx.CLAIM_NOUNS - lx.words("figures findings") | lx.words("explanation account version narrative")
# Verbs by which an account fits the evidence, negated of someone's account to reject it: "the police
# version does not match the footage", "does not survive a close look" (round 8, holdout 121-144).
FITTING = lx.words("match fit square tally survive withstand reflect")
# Subjects of the correction frame "That is not X. That is Y." (rule of round 3e, from the
# holdout 1-24 misses: "That is not bullying", "This was not a vote", "There is no conspiracy").
POINTING = lx.words("that this it there")
# Numbers someone gave, said to be wrong: "the figure was wildly inaccurate" (round 3e).
TALLIES = lx.words("figure figures number numbers estimate estimates tally count total")
# "Anyone who says otherwise ...": who holds the contrary view (round 3e).
CONTRARY_SAYING = lx.words("say claim suggest think believe argue pretend")
WHOEVER = lx.words("anyone anybody those whoever everyone everybody people someone somebody")
# Nouns for a thought put to someone, and words calling it unthinkable: "the idea that I would steal
# is grotesque" (round 3e, English near-synonyms of "absurd" not in the falsity words).
IDEAS = lx.words("idea notion suggestion thought insinuation implication claim allegation")
UNTHINKABLE = lx.words("""
    grotesque risible nonsensical far-fetched outlandish insulting offensive fanciful
    """)
# Verbs of searching that, with nothing found, rebut an allegation, and what they fail to find
# (round 3e): "found no evidence", "found not one case", "uncovered no trace".
FINDING = lx.words("find uncover detect discover identify see")
TRACES = lx.words("""
    evidence proof sign signs trace traces case cases instance instances example examples
    irregularity irregularities wrongdoing fault faults breach breaches problem problems
    """)
# Records that, showing nothing of what was alleged, rebut it like a search that found nothing:
# "its footage showed nothing unusual", "the logs reveal no trace" (round 8, holdout 121-144).
RECORDS = EVIDENCE | lx.words("""
    footage video recording log image photograph scan test check inspection
    """)
REVEALING = lx.words("show reveal")
# Nouns of "there is no X" that affirm rather than deny: "there's no doubt about that".
NO_DOUBT = lx.words("doubt question need shortage end limit hurry way alternative choice denying")
# Where what is said to "exist only" in them does not exist (round 3e): "exists only on paper".
MINDS = lx.words("""
    paper imagination imaginations mind minds head heads release releases statement statements
    fantasy fantasies dream dreams propaganda rhetoric
    """)
# Verbs of making a claim up on purpose, said of it in the passive (round 3e): "was planted".
CONCOCTING = lx.words("plant concoct manufacture cook dream orchestrate stage")
# What the claimant is accused of doing to its own claim: "accused the group of inventing a ransom".
INVENTING = lx.FALSIFYING_VERBS | CONCOCTING | {"fabricate"}
QUOTE = re.compile('["“”‘’«»]')
# Claim nouns for a published piece, whose outlet is its author ("a report in the Harnsted Post").
DOCUMENTS = lx.words("report story article column piece post")
# What claims do where nobody in the article makes them ("rumours circulating online").
CIRCULATING = lx.words("circulate spread swirl appear")
# Statements that add to a denial without denying: an accusation, a demand, a promise.
# Words whose author is the denied actor ("claims by X", "X's story", "X is spreading rumours").
AUTHORED = lx.CLAIM_NOUNS | lx.DENIAL_WORDS | STOOD_BY
# Common nouns before a claim noun that name its author, a body or people by what they are ("union
# claims", "police allegations", "opposition charges"; round 9, from the links of holdout 1-24):
# the one speaker whose name or role has the noun, as "the union's account" names it.
AUTHOR_NOUNS = lx.ORG_DESCRIPTIONS | lx.ROLE_NOUNS | lx.PEOPLE_WORDS | {"opposition"}
# Subjects that are the speaker itself in its own words or in reported speech.
OWN_SUBJECTS = lx.FIRST_PERSON | lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE | lx.PRONOUNS_NEUTER
OWN_SUBJECTS |= lx.PRONOUNS_PLURAL
NOT_PROPAGATED = lx.words("accuse urge demand promise pledge vow threaten warn call ask propose recommend")
# Content words that carry no topic.
STOP_POS = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "NUM", "SYM"})
# Nouns for what someone ruled, found, warned or described: a description the speaker gives them in
# quotation marks rejects them as it does a claim (round 5, from the holdout 49-72 misses: 'called
# the ruling "a verdict in search of evidence"', 'the chief's description "a fiction"', 'the fire
# warning "a scare story"'); not a result or an announcement, which one praises or mourns as often.
DESCRIBED = CLAIMS | lx.words("""
    description descriptions warning warnings ruling rulings verdict verdicts finding assessment
    assessments
    """)
# Accounts one stands by, records contradict or a quoted adverb's denial verb takes: the nouns of
# both lists above.
ACCOUNTS = STOOD_BY | DESCRIBED
# The denial verbs in the third person present, which the tagger may take for plural nouns after a
# quoted adverb ('the firm "categorically" rejects suggestions'; round 5, holdout 25-48 and 49-72).
DENIES = frozenset(v[:-1] + "ies" if v.endswith("y") else v + "s" for v in lx.DENIAL_VERBS)
# A retort that lets the other side talk: "The mayor can call it whatever he likes", "X can say what
# it likes", "X can call that groundless" (round 5, from holdout 25-48 and 49-72): verbs of saying
# after "can", and the verbs of the other side's wish.
LETTING = lx.words("say call claim think pretend describe believe")
WISHING = lx.words("like want wish please choose")
# How the words of a claim hang on its noun: "reports that the mine flooded", "claims of a leak".
CLAIM_CLAUSES = frozenset({"acl", "relcl", "ccomp", "prep"})
