"""Near spellings found by edits give the answers a full rapidfuzz scan gives."""

import math
import random

import pytest
from rapidfuzz import fuzz, process

from geo.near import Keys, keys_of, near

THRESHOLD = 94.0


def scan(key: str, keys: list[str], threshold: float, limit: int) -> list[tuple[str, float]]:
    """The plain way: every key of a length that can reach the threshold, ordered by length then key."""
    lengths = range(math.ceil(len(key) * threshold / (200 - threshold)),
                    math.floor(len(key) * (200 - threshold) / threshold) + 1)
    pool = [k for n in lengths for k in sorted(k for k in keys if len(k) == n)]
    return [(k, s) for k, s, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=threshold, limit=limit)]


def invented_keys(rng: random.Random, count: int) -> list[str]:
    """Made-up village keys of one to four syllables in one to three words, short and long."""
    syllables = ["kal", "dar", "bin", "sh", "ma", "ra", "khil", "zat", "nur", "ab", "ir", "gul", "ta", "wad"]
    words = lambda: "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))  # noqa: E731
    return sorted({" ".join(words() for _ in range(rng.randint(1, 3))) for _ in range(count)})


def misspelt(rng: random.Random, key: str, alphabet: str) -> str:
    letters = list(key)
    for _ in range(rng.randint(0, 3)):
        i = rng.randrange(len(letters))
        match rng.randint(0, 2):
            case 0 if len(letters) > 1:
                del letters[i]
            case 1:
                letters.insert(i, rng.choice(alphabet))
            case _:
                letters[i] = rng.choice(alphabet)
    return "".join(letters)


@pytest.mark.parametrize("threshold", [THRESHOLD, 90.0, 80.0])
def test_near_spellings_are_those_of_a_full_scan_in_the_same_order(threshold):
    rng = random.Random(3)
    keys = invented_keys(rng, 3000)
    indexed = keys_of(keys)
    alphabet = "".join(sorted(set("".join(keys))))
    queries = [misspelt(rng, rng.choice(keys), alphabet + "q") for _ in range(400)]
    assert sum(bool(scan(q, keys, threshold, 3)) for q in queries) > 200  # the check has matches to compare
    for query in queries:
        assert near(query, indexed, threshold, 3) == scan(query, keys, threshold, 3), query


def test_a_letter_dropped_doubled_or_swapped_in_a_long_name_is_found():
    indexed = keys_of(["kaldar binshma", "kaldar binshma ratal", "tazir"])
    assert near("kaldar binsma", indexed, THRESHOLD, 3) == [("kaldar binshma", pytest.approx(96.3, abs=0.1))]
    assert near("kaldar binshmma ratal", indexed, THRESHOLD, 3)[0][0] == "kaldar binshma ratal"
    assert near("kaldar binshmo ratal", indexed, THRESHOLD, 3)[0][0] == "kaldar binshma ratal"
    assert near("tazer", indexed, THRESHOLD, 3) == []  # one letter in five is too many


def test_a_search_reads_only_the_lengths_a_near_spelling_can_have():
    """A village-level country holds a hundred thousand keys: a search must not read them all."""
    keys = invented_keys(random.Random(5), 2000)
    read: list[int] = []

    def reader(length: int) -> list[str]:
        read.append(length)
        return [k for k in keys if len(k) == length]

    indexed = Keys(reader)
    queries = ("kaldarbin", "kaldar binshma ratal", "tazir", "kaldarbin")
    for query in queries:
        assert near(query, indexed, THRESHOLD, 3) == scan(query, keys, THRESHOLD, 3)
    plausible = {m for q in queries for m in range(math.ceil(len(q) * THRESHOLD / (200 - THRESHOLD)),
                                                     math.floor(len(q) * (200 - THRESHOLD) / THRESHOLD) + 1)}
    assert set(read) <= plausible < {len(k) for k in keys}
    assert len(read) == len(set(read))  # each length read once, however often it is searched


@pytest.mark.parametrize("keys", [["tal fiks", "kafr bz9"], ["tal fiks", "kafr bzé"]], ids=["ascii", "not ascii"])
def test_an_insertion_may_add_any_character_the_keys_of_that_length_use(keys):
    assert keys_of(keys).of_length(8).alphabet == "".join(sorted(set("".join(keys))))


def test_keys_with_letters_no_key_uses_get_the_answers_of_a_full_scan():
    rng = random.Random(5)
    keys = invented_keys(rng, 3000)
    indexed = keys_of(keys)
    alphabet = "".join(sorted(set("".join(keys))))
    queries = [misspelt(rng, rng.choice(keys), alphabet + "ış") for _ in range(400)]
    queries += [q[:i] + "ı" + q[i:] for q in queries[:100] for i in (0, len(q) // 2)]
    assert sum(bool(scan(q, keys, THRESHOLD, 3)) for q in queries if not q.isascii()) > 20
    for query in queries:
        foreign = sum(not c.isascii() for c in query)
        assert near(query, indexed, THRESHOLD, 3, foreign) == scan(query, keys, THRESHOLD, 3), query


def test_lengths_that_letters_no_key_uses_put_out_of_reach_are_not_read():
    """Of nine letters, one foreign: only eight letters can reach 94; a name all foreign reads none."""
    read = []
    keys = Keys(lambda length: read.append(length) or ["kaldarbi"][:length == 8])
    assert near("kaldarbiı", keys, THRESHOLD, 3, foreign=1) == [("kaldarbi", pytest.approx(94.1, abs=0.1))]
    assert read == [8]
    assert near("калдарби", keys, THRESHOLD, 3, foreign=8) == [] and read == [8]
