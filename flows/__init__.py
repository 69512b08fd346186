"""Prefect flows: thin orchestration over the ``pim_docs`` library."""
