"""The limits of the start-loan rules and of the app, declared once.

Validation, the follow-up checks, the spin-box ranges in the UI and the
messages the caseworker reads ("høyst 8 år") are all built from these names;
change a limit here and every place follows.

>>> MAX_TERM_YEARS * 12, MAX_INTEREST_ONLY_YEARS * 12
(600, 96)
"""

from __future__ import annotations

# Husbanken's start-loan rules (domain.md § 3 and § 11).
MAX_TERM_YEARS = 50  # the longest term, over the loan's whole life
USUAL_TERM_YEARS = 30  # the usual term; up to MAX_TERM_YEARS in special cases
MAX_INTEREST_ONLY_YEARS = 8  # interest-only over the loan's whole life
MAX_INTEREST_ONLY_MONTHS = MAX_INTEREST_ONLY_YEARS * 12
MAX_MARKUP_PP = 0.25  # the municipality's markup on Husbanken's rate, percentage points
# A payment deferral: the regulation (§ 8-8) lets interest for up to 2.5 years be
# deferred and added to the loan; the deferred terms are repaid over at most 10 years.
# Interest-only beyond MAX_INTEREST_ONLY_MONTHS in a follow-up is a warning too
# (Husbanken's guide, 19.08.2025); one period is still at most that long.
MAX_DEFERRAL_MONTHS = 30  # beyond it a warning (follow-up), not a refusal
# Interest-only already used on a running loan: more than MAX_INTEREST_ONLY_MONTHS is a
# warning too (a relief with more interest-only says so), so the field takes up to the
# loan's longest life.
MAX_INTEREST_ONLY_USED_MONTHS = MAX_TERM_YEARS * 12
MAX_DEFERRAL_ENTRY_MONTHS = 60  # what the deferral field takes
MAX_DEFERRAL_SPREAD_MONTHS = 120
# A debt is "dear" (worth refinancing into the start loan) when its rate is more
# than this above the start loan's.
DEAR_DEBT_MARGIN_PP = 2.0

# The app's own bounds: far above any real case, so a typing error is caught.
MAX_RATE_PCT = 30.0
MAX_AMOUNT = 1_000_000_000
MAX_MEMBERS = 15
MAX_BANK_TERM_YEARS = MAX_TERM_YEARS  # a bank loan's or another debt's term
