"""Durations and dates as releases write them, with exact seconds, ISO forms and offsets."""

from __future__ import annotations

from datetime import date

import pytest

from extractor import extract_dict
from extractor.extract.dates import find_dates, parse_single
from extractor.extract.durations import find_durations, iso8601
from extractor.extract.numbers import number_word_spans
from extractor.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("language", "text", "written", "seconds"),
    [
        (
            "nl",
            "een totaaltijd van 58 uur, 09 minuten en 45 seconden.",
            "58 uur, 09 minuten en 45 seconden",
            209385.0,
        ),
        ("fr", "en 58 heures 9 minutes 45 secondes au total", "58 heures 9 minutes 45 secondes", 209385.0),
        ("fr", "terminé à 6 minutes et 49 secondes", "6 minutes et 49 secondes", 409.0),
        ("en", "a total of 58:09:45 overall", "58:09:45", 209385.0),
        ("en", "finished in 58h09m45s", "58h09m45s", 209385.0),
        ("en", "won in 58h 09' 45''", "58h 09' 45''", 209385.0),
        ("en", "a time of 2:51:34.6 on Sunday", "2:51:34.6", 10294.6),
        ("en", "ended +12.3s behind", "+12.3s", 12.3),
        ("en", "was +1m 02.5s adrift", "+1m 02.5s", 62.5),
        ("de", "mit 3 Stunden, 12 Minuten und 5 Sekunden", "3 Stunden, 12 Minuten und 5 Sekunden", 11525.0),
        ("es", "a 4 minutos y 3 segundos del líder", "4 minutos y 3 segundos", 243.0),
        ("it", "con 12 minuti e 5 secondi di ritardo", "12 minuti e 5 secondi", 725.0),
        ("pt", "em 58 horas, 9 minutos e 45 segundos", "58 horas, 9 minutos e 45 segundos", 209385.0),
        ("pt", "com 3:31:48,6 no total", "3:31:48,6", 12708.6),
        ("fr", "a bouclé les douze spéciales en 2h11'38''4 et devance", "2h11'38''4", 7898.4),
        # the tenth after the seconds' letter, as "38''4" writes it
        ("fr", "termine en 2 h 09 min 52 s 4 devant", "2 h 09 min 52 s 4", 7792.4),
        ("fr", "signe l'ES11 en 9 min 48 s 3 et", "9 min 48 s 3", 588.3),
        ("fr", "signe le scratch en 8'14''7 dans", "8'14''7", 494.7),
        ("it", "che hanno concluso in 3:41'27\"6.", "3:41'27\"6", 13287.6),
        ("it", 'ha chiuso il WRC2 a 38"4 dai vincitori', '38"4', 38.4),
        # typographic marks: ’ for minutes, ” for seconds (word processors turn ' and " into them)
        ("it", "Il quinto posto finale, in 1h12’05”8 dai vincitori", "1h12’05”8", 4325.8),
        ("it", "fermando i cronometri su 8’09”9.", "8’09”9", 489.9),
        # seconds marked by two typographic apostrophes, as French sites write them
        ("fr", "s’adjuge la dernière spéciale en 8’09’’6.", "8’09’’6", 489.6),
        ("fr", "troisièmes en 1h53’18’’6, derrière", "1h53’18’’6", 6798.6),
        ("it", "chiude a 12”4 dal primo", "12”4", 12.4),
        # hours, minutes and seconds with a full stop before the seconds, then tenths
        ("de", "Der Tscheche siegte nach 2:34.18,9 Std., vor", "2:34.18,9", 9258.9),
        ("it", "con il tempo di 1:02.33,4 davanti", "1:02.33,4", 3753.4),
        ("de", "Mit 6.02,4 Minuten war der Finne", "6.02,4", 362.4),
        ("nl", "klokten allebei exact 7.02,5 en deelden", "7.02,5", 422.5),
        # hours and minutes by a colon, seconds by a minute mark, tenths by a decimal point
        ("it", "| Rally2 | 1:48'12.4", "1:48'12.4", 6492.4),
        ("en", "9th, 3:41'27'' · overall 10th", "3:41'27''", 13287.0),  # a log's stopwatch shape
    ],
)
def test_duration_shapes(language: str, text: str, written: str, seconds: float) -> None:
    found = find_durations(text, language)
    assert [d.duration.text for d in found] == [written]
    assert found[0].duration.seconds == pytest.approx(seconds)
    assert text[found[0].start : found[0].end] == written


def test_iso8601_keeps_tenths() -> None:
    assert iso8601(209385.0) == "PT58H9M45S"
    assert iso8601(10294.6) == "PT2H51M34.6S"
    assert iso8601(12.3) == "PT12.3S"


def test_clock_times_and_dates_are_not_durations() -> None:
    assert find_durations("start om 12:30 op 19.01.2026 in Riyad", "nl") == []


PUBLISHED = date(2026, 1, 19)


@pytest.mark.parametrize(
    ("language", "text", "written", "first", "last"),
    [
        (
            "nl",
            "van 17 tot en met 22 maart 2026.",
            "van 17 tot en met 22 maart 2026",
            "2026-03-17",
            "2026-03-22",
        ),
        ("fr", "du 17 au 22 mars prochain", "du 17 au 22 mars", "2026-03-17", "2026-03-22"),
        ("de", "vom 17. bis 22. März in Portugal", "vom 17. bis 22. März", "2026-03-17", "2026-03-22"),
        ("es", "del 30 de marzo al 4 de abril", "del 30 de marzo al 4 de abril", "2026-03-30", "2026-04-04"),
        ("it", "dal 17 al 22 marzo", "dal 17 al 22 marzo", "2026-03-17", "2026-03-22"),
        # the connector elided before a vowel ("dal 9 all'11 ottobre")
        ("it", "tornerà dal 9 all'11 ottobre", "dal 9 all'11 ottobre", "2026-10-09", "2026-10-11"),
        ("it", "dall’8 all’11 maggio", "8 all’11 maggio", "2026-05-08", "2026-05-11"),
        ("pt", "de 17 a 22 de março", "de 17 a 22 de março", "2026-03-17", "2026-03-22"),
        ("en", "from 30 March to 4 April", "from 30 March to 4 April", "2026-03-30", "2026-04-04"),
        ("en", "on January 3-17, 2027", "January 3-17, 2027", "2027-01-03", "2027-01-17"),
        ("en", "from 2 to 16 January", "from 2 to 16 January", "2027-01-02", "2027-01-16"),
        # two days joined by a slash ("am 16./17. April", "les 16/17 mai")
        ("de", "findet am 16./17. April 2027 statt", "16./17. April 2027", "2027-04-16", "2027-04-17"),
        ("fr", "les 16/17 mai à Sion", "16/17 mai", "2026-05-16", "2026-05-17"),
        # a results flash's range in figures, no year ("23-24/10", "30/10 – 01/11", "06.–07.11.")
        ("es", "Próx.: Rallye La Nucía (S-CER R7), 23-24/10.", "23-24/10.", "2026-10-23", "2026-10-24"),
        ("pt", "Rally da Graciosa, 27 a 29/11, em Bento", "27 a 29/11", "2026-11-27", "2026-11-29"),
        ("nl", "Rally Hungary, 30/10 – 01/11, Nyíregyháza", "30/10 – 01/11", "2026-10-30", "2026-11-01"),
        ("de", "Köln-Ahrweiler, 06.–07.11., Bad Neuenahr", "06.–07.11.", "2026-11-06", "2026-11-07"),
        # a weekday and its article before each day ("na sexta-feira, 12, e no sábado, 13 de junho")
        (
            "pt",
            "na sexta-feira, 12, e no sábado, 13 de junho de 2026.",
            "12, e no sábado, 13 de junho de 2026",
            "2026-06-12",
            "2026-06-13",
        ),
        (
            "es",
            "el viernes 12 y el sábado 13 de junio",
            "12 y el sábado 13 de junio",
            "2026-06-12",
            "2026-06-13",
        ),
    ],
)
def test_date_ranges(language: str, text: str, written: str, first: str, last: str) -> None:
    spans = find_dates(text, language, PUBLISHED)
    assert len(spans) == 1
    span = spans[0]
    assert text[span.start : span.end] == written
    assert (span.first.isoformat(), span.last.isoformat()) == (first, last)


def test_one_day_and_month_in_figures_or_a_backward_pair_is_no_date() -> None:
    """ "13/09" alone may be a score or a count, "3-2/1" runs backwards: no dates."""
    assert find_dates("won 13/09 and 3-2/1 on the day", "en", PUBLISHED) == []


def test_single_dates_in_every_shape() -> None:
    assert find_dates("Utrecht – 19 januari 2026:", "nl", None)[0].first == PUBLISHED
    assert find_dates("Köln, 19.01.2026 –", "de", None)[0].first == PUBLISHED
    assert find_dates("January 19, 2026 –", "en", None)[0].first == PUBLISHED


@pytest.mark.parametrize("language", ["de", "en", "es", "fr", "it", "nl", "pt"])
def test_dates_read_directly_are_the_dates_dateparser_reads(language: str) -> None:
    """Valid day-month-year dates skip dateparser; each must be what dateparser reads (or what the
    fallback builds when it reads nothing)."""
    base = date(2026, 1, 19)
    for word, month in load_lexicon(language).month_numbers().items():
        for day in (1, 9, 28):
            text = f"{day} {word} 2025"
            read = parse_single(text, language, base) or date(2025, month, day)
            assert find_dates(f"am {text}.", language, base)[0].first == read, text
    for written in ("19.01.2026", "1/2/2025", "31-12-2024", "29.02.2024", "09/1/2025"):
        assert find_dates(f"am {written}.", language, None)[0].first == parse_single(written, language, None)


def test_number_words_keep_their_offsets() -> None:
    text = "Price en Berriman werden derde, na de dertiende etappe."
    spans = number_word_spans(text, "nl", offset=100)
    assert [(s.value, s.suffix) for s in spans] == [(3, "e"), (13, "e")]
    assert [text[s.start - 100 : s.end - 100] for s in spans] == ["derde", "dertiende"]
    accented = "a remporté la vingt-troisième étape"
    (span,) = number_word_spans(accented, "fr")
    assert accented[span.start : span.end] == "vingt-troisième" and span.value == 23


def test_a_two_digit_year_after_a_two_digit_day_and_month() -> None:
    found = find_dates("WOLFSBERG / 12.04.26 – Was für ein Finale", "de", None, 0, 40)
    assert [(span.first.isoformat(), span.has_year) for span in found] == [("2026-04-12", True)]
    assert find_dates("Ergebnis 1.2.26 und 3.4.5", "de", None, 0, 25) == []


def test_a_wire_dateline_without_a_year_takes_the_year_told_with_the_headlines_event() -> None:
    text = (
        "Kettunen ends home drought to win Rally Finland\n\n"
        "Jyväskylä, 2 August (BNA) – Lauri Kettunen ended a four-year wait for a home victory on "
        "Sunday, winning Rally Finland for Toyota by 14.2sec from Mathis Delorme, who was second.\n\n"
        + "Kettunen took the lead on Saturday morning and never lost it on the fast gravel roads. "
        * 3
        + "\n\nRally Finland 2026 (20 stages): 1. Lauri Kettunen / Ville Aho (FIN), Toyota, 2:31:48.7; "
        "2. Mathis Delorme / Baptiste Ruel (FRA), Hyundai, +14.2.\n"
    )
    record = extract_dict(text.encode("utf-8"), "wire/bna.txt")
    assert record["published"] == "2026-08-02"
    assert record["dateline"]["evidence"][0]["text"] == "Jyväskylä, 2 August"


def test_a_wire_dateline_naming_no_year_anywhere_takes_the_year_of_the_files_path() -> None:
    """ "PASSAU, 18. Okt (msd) -" in a dispatch that names no year: the archive's path does
    ("…/2026/msd-…" or "…-2026-wire.txt"); with no year in the path either, no date is guessed."""
    text = (
        "Motorsport/Rallye/WM\nKorhonen gewinnt in Passau\n\n"
        "PASSAU, 18. Okt (msd) - Der Finne Elias Korhonen hat am Sonntag die Central European Rally"
        " gewonnen. Mit Beifahrer Ville-Pekka Rautio siegte er mit 14,6 Sekunden Vorsprung.\n"
    )
    for path in ("wire/2026/10/msd-korhonen.txt", "wire/msd-central-european-rally-2026-wire.txt"):
        record = extract_dict(text.encode("utf-8"), path)
        assert record["published"] == "2026-10-18"
        assert record["dateline"]["evidence"][0]["text"] == "PASSAU, 18. Okt"
    assert extract_dict(text.encode("utf-8"), "wire/msd-korhonen.txt")["published"] is None


def test_a_season_table_row_with_a_place_is_a_past_round_not_next_years() -> None:
    """ "| Baja Aragón | 24–26 July | 3rd, SSV |" in a newsletter of October: the round was run this
    season, its date without a year is no event next July; the prose's next event is upcoming."""
    text = (
        "# Our season in review\n\n"
        "Teruel, 20 October 2026 – Marta Oliván and Pau Ferrer finished the Baja España Aragón "
        "fourth in SSV.\n\n"
        "| Round | Event | Dates | Result |\n|---|---|---|---|\n"
        "| 1 | Baja Dubai | 15–18 January | DNF (stage 2) |\n"
        "| 2 | Baja Aragón | 24–26 July | 3rd, SSV |\n"
        "| 3 | Baja Portalegre | 29–31 October | to come |\n\n"
        "Next on the list is the Dakar Rally, from 2 to 16 January.\n"
    )
    record = extract_dict(text.encode("utf-8"), "season.md")
    upcoming = {(u["name"], u["start"], u["end"]) for u in record["upcoming_events"]}
    assert upcoming == {
        ("Baja Portalegre", "2026-10-29", "2026-10-31"),
        ("Dakar Rally", "2027-01-02", "2027-01-16"),
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "written"),
    [
        (
            "en",
            "Brídín Ó Laoire and Saoirse Ní Bhriain won the Rally4 class. Their total time was one hour, "
            "52 minutes and 7.3 seconds, good for 21st overall.",
            "one hour, 52 minutes and 7.3 seconds",
        ),
        (
            "nl",
            "Brídín Ó Laoire en Saoirse Ní Bhriain wonnen de Rally4-klasse. Hun totaaltijd bedroeg één "
            "uur, 52 minuten en 7,3 seconden.",
            "één uur, 52 minuten en 7,3 seconden",
        ),
        (
            "it",
            "Brídín Ó Laoire e Saoirse Ní Bhriain hanno vinto la classe Rally4. Il loro tempo totale è "
            "stato di un'ora, 52 minuti e 7,3 secondi.",
            "un'ora, 52 minuti e 7,3 secondi",
        ),
    ],
)
def test_a_time_in_words_and_decimal_digits_is_one_total(lang: str, sentence: str, written: str) -> None:
    """ "one hour, 52 minutes and 7.3 seconds": the hour in words and the rest in digits with a
    decimal mark are one time, the crew's total, not 52:07.3."""
    text = f"Rally\n\nCork, 5 October 2026 – {sentence}\n"
    record = extract_dict(text.encode(), f"durations/{lang}.txt")
    # (the English sentence goes on "good for 21st overall": that place is theirs too)
    [result] = [r for r in record["class_results"] if r["class"] == "Rally4"]
    assert result["position"] == 1
    assert result["total_time"]["text"] == written
    assert result["total_time"]["seconds"] == 6727.3
    assert [r["position"] for r in record["class_results"] if r["class"] == "overall"] == (
        [21] if lang == "en" else []
    )


def test_a_brazilian_time_writes_its_tenth_after_the_seconds_letter() -> None:
    """ "8min14s2", "1h48min25s6": the tenth right after the "s", no space."""
    spans = find_durations("com 8min14s2 e um total de 1h48min25s6 no fim", "pt")
    assert [(s.duration.text, s.duration.seconds) for s in spans] == [
        ("8min14s2", 494.2),
        ("1h48min25s6", 6505.6),
    ]


def test_a_gap_cue_before_an_approximate_duration_is_that_durations() -> None:
    """ "signant le meilleur temps en 9'47''6 pour revenir à moins de cinq secondes": "à" measures
    the five seconds, and 9'47''6 is the stage time."""
    record = extract_dict(
        "Rallye\n\nHUY, 10 novembre 2026 – Dans l'ES11, Gilles Marchal et Aurore Lemaître ont signé le"
        " meilleur temps en 9'47''6 pour revenir à moins de cinq secondes.\n".encode(),
        "durations/fr.txt",
    )
    [stage] = record["stage_results"]
    assert (stage["stage"], stage["position"], stage["time"]["seconds"]) == (11, 1, 587.6)
