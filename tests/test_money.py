"""Costs as reviewers read them: totals over periods, and funding grouped by source."""
from pim_docs import money
from pim_docs.model import ActionResult


def test_cost_per_period_is_multiplied_only_when_the_periods_are_stated():
    assert money.total_pln("90 000 zł na sezon grzewczy (3 sezony)") == 270_000
    assert money.total_pln("600 tys. zł rocznie (łącznie 2,4 mln zł)") == 2_400_000
    assert money.total_pln("60 tys. zł rocznie") is None  # a yearly amount is no total
    assert money.total_pln("3 600 tys. zł") == 3_600_000
    assert money.total_pln("b.d.") is None
    assert money.total_pln("60 000 zł rocznie", "2025–2027") == 180_000  # the action's own period
    assert money.total_pln("60 000 zł rocznie", "2025–2027 (3 edycje)") == 180_000
    assert money.total_pln("45 tys. zł na sezon grzewczy", "sezony 2025/2026–2027/2028") is None  # no plain range


def test_funding_grouped_by_source_not_by_wording():
    assert money.sources("budżet Miasta, WFOŚiGW w Katowicach") == ["budżet miasta", "WFOŚiGW"]
    assert money.sources("FE SL 2021–2027 (EFS+ i EFRR, instrument ZIT), budżet Gminy Sosnowiec") == [
        "program regionalny (FE / RPO / ZIT)", "budżet miasta"]
    assert money.sources("FEnIKS, wkład własny MZK") == ["FEnIKS", "środki własne realizatora"]
    assert money.sources("z budżetu miasta") == ["budżet miasta"]


def test_summary_counts_each_action_once_per_source_and_never_sums_shared_costs_twice():
    acts = [ActionResult(title="A", cost="1 mln zł", funding="budżet Miasta"),
            ActionResult(title="B", cost="2 mln zł", funding="budżet miasta, FEnIKS"),
            ActionResult(title="C", cost="50 tys. zł rocznie", funding="środki własne Gminy")]
    rows = {r["funding"]: r for r in money.by_funding(acts)}
    assert rows["budżet miasta"]["actions"] == 3
    assert rows["budżet miasta"]["total_pln"] == 1_000_000 and rows["budżet miasta"]["shared_pln"] == 2_000_000
    assert rows["budżet miasta"]["without_cost"] == 1
    assert money.total(acts) == 3_000_000
