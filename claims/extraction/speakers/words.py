"""Word lists, patterns and distances shared by the speaker rules."""

from __future__ import annotations

import re

from claims.extraction import lexicon as lx

# How far back (characters) a pronoun or description may look for its actor.
REACH = 1200


GROUPLIKE = ("group", "organization", "country", "media")


_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "compound"})


_MAIN = frozenset({"ROOT", "conj", "advcl", "csubj"})  # csubj: "the authors write that" misparsed


_CLAUSE_STOPS = frozenset({"relcl", "acl", "cc", "conj"})


# Heads of an organisation: "chief executive X" speaks for the company that spoke just before.
_HEADS = lx.words("chief executive ceo chairman chairwoman chair president director head founder owner")


_SAME_BREATH = 400  # characters


_AUTHORING = lx.words(
    "publish issue release produce write compile commission prepare file submit conduct carry sign"
    " collect gather"  # "figures collected by the trust", "data gathered by X": its numbers
)


# What a programme, a paper or a website does with a report it runs ("broadcast on X", "published in Y")
_AIRING = lx.words("broadcast air publish print run carry post")


_SPOKESPEOPLE = lx.words("spokesman spokeswoman spokesperson representative")


_COMPANY = lx.words("""
    company firm group business carrier operator maker lender airline bank insurer retailer
    brewer manufacturer producer developer miner chain publisher broadcaster utility
    """)


# Last words of companies' names that also describe institutions ("Tamberlin Paper" is a paper
# maker, "Orland Corporation" a company): the name alone does not make them "the company"'s opposite.
_COMPANY_ENDINGS = lx.words("paper corporation")


# Names that are not a company's, whatever the entity tagger says.
_NOT_COMPANY = lx.words("""
    union ministry department agency association council committee commission court police
    federation party government university school hospital board authority institute foundation
    alliance coalition army military parliament assembly league club office
    """)


# A sentence that names the speaker of the quotation just before it: "That is the view of X",
# "That was how X put it", "The words were those of X", "That warning came on Monday from X".
_REVEAL = re.compile(
    r"(?:That|This|Such)\s+(?:is|was)\s+(?:the\s+\w+\s+of|how|what)\b|The\s+words\s+were\b"
    r"|(?:That|This)\s+(?:is|was)\s+(?=[A-Z])"  # "That was Hedda Lunn, who ..."
    r"|(?:That|This|The)\s+(?:warning|message|verdict|assessment|view|plea|criticism|complaint|charge)\s+came\b"
)


# "Moira Castellane, 58,": a person introduced with an age, as news copy names a lede's subject.
_AGE = re.compile(r",\s+(?:1[6-9]|[2-9]\d),")


# "Walter Greaves, who inspected ...": a name with its background in a relative clause.
_BACKGROUND = re.compile(r",\s+who\b")


# A title or rank that may stand before a name opening a paragraph ("Lt. Carla Rosales").
_TITLES = lx.HONORIFICS | lx.TITLE_WORDS


_LEDE_REACH = 700  # characters from the lede's description to the name

_BARE_REACH = 1500  # characters from the lede's description to a bare name opening a paragraph


_QUOTE_GAP = re.compile(r"[\"”’'.,!?]*[ \t]+")


# Entity labels that never name an organisation (the tagger gives company names many others).
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "NORP", "LANGUAGE"}
)


# Head nouns of a description of a person that is no role ("a person familiar with the inquiry").
_PEOPLE = lx.words(
    "person people man woman men women individual someone figure friend relative colleague patient"
)


# Head nouns that tell a described person's sex ("The sister of a man arrested ..."): kinship and
# plain words, with the title markers; written for the speaker rules.
_FEMALE_HEADS = lx.FEMALE_MARKERS | lx.words("woman girl mother wife daughter widow aunt niece grandmother")
_MALE_HEADS = lx.MALE_MARKERS | lx.words("man boy husband son widower uncle nephew grandfather")


# Adjectives on a role that are not part of the title the person is later named with ("her own deputy").
_NOT_ROLE = lx.words("own long-time longtime trusted close new")


# Words before "minister" that name no ministry ("prime minister", "deputy minister").
_NO_PORTFOLIO = lx.words("prime deputy vice acting former interim junior senior state chief first cabinet")


# Ranks that make a title another post than the bare role ("deputy environment minister").
_RANKS = lx.words("deputy vice acting junior assistant shadow former interim")


# Nouns for what someone said back ("Brightwater's reply came within the hour").
_ANSWERS = lx.words("reply response answer retort riposte rebuttal denial comment comments remarks")


# "X, in a statement carried by <mention>": what stands before the medium a statement went out through.
_CARRIED = re.compile(
    r"\s*([^,]{3,80}?),\s+in\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|remarks|comments|message)"
    r"\s+(?:carried|relayed|published|broadcast|released|reported|read\s+out)\s+(?:by|on|through|via)\s+([^,]*)$"
)


_FRAMING = lx.words("when as after before while once until")


_SOURCING = lx.words("quote cite")


# "one of them", "each of them", "some of them": a member of a group named before
_PARTITIVES = lx.words("one each some several either neither both all most many")

_SUBJECT_PRONOUNS = lx.words("he she it they")


_NOT_PEOPLE = lx.ORG_DESCRIPTIONS | lx.DOCUMENT_NOUNS | lx.DOCUMENT_SUBJECTS | lx.MEDIA_WORDS | _COMPANY


_COMMON = lx.ROLE_NOUNS | lx.ORG_DESCRIPTIONS | lx.DOCUMENT_SUBJECTS | _COMPANY


_DESCRIPTIVE = frozenset({"DET", "ADJ", "NOUN", "PUNCT", "PART", "PRON"})


_ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


# Roles that set a person against whoever they belong to: "his defeated rival, Ana Korvell" does
# not speak for him, as "his lawyer" or "her spokeswoman" does.
_ADVERSARIES = lx.words("rival opponent challenger critic accuser adversary foe detractor nemesis")
