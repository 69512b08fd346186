"""pim-docs: reads PIM submissions (MID, Plan Ulepszeń) and reports on them."""
__version__ = "0.1.0"
