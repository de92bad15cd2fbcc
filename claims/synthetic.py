"""Generated news articles for benchmarks: invented countries, bodies and people, from templates.

Every name here is made up for this project. The articles read like wire
copy (a lead with reported speech, direct quotes, "according to", background
paragraphs, and now and then a denial of a claim made in an earlier article),
so the extractor does the same work it does on real news. Deterministic for a
given seed.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = [
    ("Valdoria", "Port Selm", "Valdorian"),
    ("Brenmoor", "Kessa", "Brenmoorian"),
    ("Norvania", "Aldhaven", "Norvanian"),
    ("Istrel", "Marrow Bay", "Istrelian"),
    ("Quessa", "Tarnholt", "Quessan"),
]
BODIES = ["Foreign Ministry", "Ministry of Ports", "Shipping Authority", "Energy Board", "Fisheries Office"]
ROLES = [
    "spokesman",
    "spokeswoman",
    "deputy minister",
    "port director",
    "chief negotiator",
    "press secretary",
]
FIRST = [
    "Ilse",
    "Tomas",
    "Pia",
    "Marek",
    "Lena",
    "Oskar",
    "Anouk",
    "Jonas",
    "Selma",
    "Rurik",
    "Edda",
    "Teodor",
]
LAST = [
    "Varga",
    "Reyl",
    "Noor",
    "Holm",
    "Quist",
    "Fale",
    "Branko",
    "Odell",
    "Verhal",
    "Petrak",
    "Corvel",
    "Danek",
]
OUTLETS = ["Valdoria Courier", "Kessa Gazette", "Aldhaven Post", "Marrow Bay Herald"]
GOODS = ["grain", "diesel", "artillery shells", "rifles", "fishing nets", "turbine parts", "medicine"]
COVERS = ["fishing trawlers", "grain convoys", "relief shipments", "ferry crossings", "cargo flights"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

BACKGROUND = [
    "The dispute comes after months of tension over fishing rights in the {sea}, where patrol boats from "
    "both sides have shadowed each other since the spring.",
    "Trade between the two countries fell by nearly a third last year, according to customs figures, "
    "and talks on a new port agreement have stalled twice.",
    "The {sea} carries much of the region's freight, and any disruption there quickly shows up in "
    "prices for fuel and food in {capital}.",
    "Diplomats have tried for years to settle the border along the {river} river, without success.",
    "Inspectors counted {number} vessels leaving the harbour at {capital} in the first week of the month, "
    "more than double the usual figure.",
    "Opposition lawmakers in {capital} have called for a public inquiry, saying the government has "
    "shared too little information with parliament.",
    "The last round of talks ended in {month} without a joint statement, and no new date has been set.",
]
SEAS = ["Grey Sea", "Sundering Strait", "Narrow Sea", "Amber Gulf"]
RIVERS = ["Vell", "Oster", "Kaan", "Luma"]
MONTHS = ["January", "February", "March", "April", "September", "October"]


@dataclass(frozen=True)
class GeneratedArticle:
    id: str
    title: str
    source: str
    url: str
    published: dt.date
    byline: str
    text: str


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.claims: list[tuple[str, str, dt.date]] = []  # (country, claim clause, date)

    def person(self) -> tuple[str, str]:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}", self.rng.choice(ROLES)

    def clause(self, accused: str, partner: str) -> str:
        goods, cover = self.rng.choice(GOODS), self.rng.choice(COVERS)
        return f"{accused} is shipping {goods} to {partner} under cover of {cover}"

    def background(self, capital: str) -> str:
        return self.rng.choice(BACKGROUND).format(
            sea=self.rng.choice(SEAS),
            river=self.rng.choice(RIVERS),
            capital=capital,
            number=self.rng.randint(40, 400),
            month=self.rng.choice(MONTHS),
        )

    def article(self, number: int, published: dt.date) -> GeneratedArticle:
        rng = self.rng
        (country, capital, adj), (other, other_capital, other_adj), (third, _, _) = rng.sample(COUNTRIES, 3)
        name, role = self.person()
        surname = name.split()[1]
        body = f"{adj} {rng.choice(BODIES)}"
        day = rng.choice(WEEKDAYS)
        paragraphs = []
        if self.claims and rng.random() < 0.35:
            paragraphs += self.denial(country, capital, adj, name, role, day)
        else:
            claim = self.clause(other, third)
            self.claims.append((country, claim, published))
            paragraphs.append(
                f"{body} {role} {name} said on {day} that {claim}, officials in {capital} said."
            )
        paragraphs += [
            self.background(capital),
            f'"We have watched this for weeks and we will not stay silent," {surname} told reporters in '
            f'{capital}. "Our patience has limits, and {other} knows it."',
            f"According to the {other_adj} {rng.choice(BODIES)}, the shipments were routine and had been "
            f"declared to port authorities in {other_capital}.",
            self.background(other_capital),
            f"{surname} said the government would raise the matter with partners at the regional council "
            f"next month and would not rule out new inspections.",
            f"The {other_adj} {rng.choice(BODIES)} warned that any new checks on its ships would be "
            f"treated as a hostile act.",
            self.background(capital),
            f'"There is no crisis here," a {other_adj} official said, speaking on condition of anonymity. '
            f'"Ships come and go every day."',
            f"{rng.choice(OUTLETS)} reported that {rng.randint(2, 9)} inspectors had been sent to the "
            f"harbour at {capital} on {rng.choice(WEEKDAYS)}.",
            self.background(other_capital),
        ]
        outlet = rng.choice(OUTLETS)
        slug = f"{published:%Y/%m/%d}/{country.lower()}-{other.lower()}-{number}"
        return GeneratedArticle(
            id=f"gen-{number:04d}",
            title=f"{country} and {other} trade accusations over {rng.choice(GOODS)}",
            source=outlet,
            url=f"https://{outlet.lower().replace(' ', '')}.example/{slug}",
            published=published,
            byline=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            text="\n\n".join(paragraphs),
        )

    def denial(self, country: str, capital: str, adj: str, name: str, role: str, day: str) -> list[str]:
        accuser, claim, _ = self.rng.choice(self.claims)
        rebuttal = claim.split(" is shipping ", 1)[-1]
        return [
            f"The {adj} Foreign Ministry on {day} dismissed as groundless claims by {accuser} that {claim}.",
            f'"We have never shipped {rebuttal} and we have no plan to do so," {role} {name} said in a '
            f"statement released in {capital}.",
        ]


def generate(count: int, *, seed: int = 7, start: dt.date = dt.date(2026, 1, 5)) -> list[GeneratedArticle]:
    """`count` articles spread over about two months, claims before the denials that answer them."""
    writer = _Writer(seed)
    span = max(1, min(60, count // 4))
    return [writer.article(n, start + dt.timedelta(days=n * span // max(1, count))) for n in range(count)]


def write_corpus(articles: list[GeneratedArticle], directory: Path) -> None:
    """Most articles as JSON lines, a fifth as .txt files laid out like a news page, a tenth as CSV."""
    directory.mkdir(parents=True, exist_ok=True)
    lines, rows = [], []
    for number, article in enumerate(articles):
        if number % 5 == 1:
            _write_txt(article, directory / "txt" / f"{article.id}.txt")
        elif number % 10 == 3:
            rows.append(_fields(article))
        else:
            lines.append(json.dumps(_fields(article)))
    (directory / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (directory / "articles.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["id", "title", "source", "url", "published", "byline", "text"]
        )
        writer.writeheader()
        writer.writerows(rows)


def _fields(article: GeneratedArticle) -> dict[str, str]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat(),
        "byline": article.byline,
        "text": article.text,
    }


def _write_txt(article: GeneratedArticle, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"{article.title}\n\nBy {article.byline}\n\n{article.published:%B %d, %Y}\n\n{article.text}\n\n"
        f"Original url:\n\n{article.url}\n",
        encoding="utf-8",
    )
