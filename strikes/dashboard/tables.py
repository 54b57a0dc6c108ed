"""Every table of the dashboard drawn one way: what an article does not state is a blank cell.

Streamlit shows a missing value as a grey "None", which reads as a value of its own. The figures
stay numbers (a column with blanks still sorts as numbers): only how a missing one is shown changes.
"""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

NOT_STATED = ""
"""What a table shows for a value its article does not state."""


def table(data: pd.DataFrame, **options: Any) -> Any:
    """st.dataframe, as wide as its column, without the index, blank where nothing is stated."""
    return st.dataframe(data, hide_index=True, width="stretch", placeholder=NOT_STATED, **options)


def editor(data: pd.DataFrame, **options: Any) -> pd.DataFrame:
    """st.data_editor as `table` draws a table: the rows the user edited."""
    return st.data_editor(data, hide_index=True, width="stretch", placeholder=NOT_STATED, **options)
