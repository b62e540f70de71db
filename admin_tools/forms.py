from django import forms

from admin_tools import usage
from admin_tools.models import Budget, default_thresholds


class ThresholdsField(forms.CharField):
    """Percentages typed as "50, 75, 90, 100". Only the shape is checked here; range and order are
    Budget.clean's rules, reported on this field when the budget is saved."""

    def prepare_value(self, value):
        return ", ".join(str(item) for item in value) if isinstance(value, list) else value

    def to_python(self, value):
        text = super().to_python(value)
        try:
            return [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
        except ValueError:
            raise forms.ValidationError("Whole numbers separated by commas, e.g. 50, 75, 90, 100.") from None


class ChildBudgetForm(forms.Form):
    # Shape only (a number, a listed choice): the limits themselves are checked by Budget.clean.
    limit_usd = forms.DecimalField(
        label="Limit in US dollars",
        help_text="AI spend allowed in each period, e.g. 2.50.",
        widget=forms.NumberInput(attrs={"step": "0.01", "inputmode": "decimal"}),
    )
    period = forms.ChoiceField(
        label="Period", choices=[(value, Budget.Period(value).label.capitalize()) for value in usage.CHILD_PERIODS]
    )
    action = forms.ChoiceField(
        label="At the limit",
        choices=[(value, label.capitalize()) for value, label in Budget.Action.choices],
        initial=Budget.Action.FALLBACK,
    )
    thresholds = ThresholdsField(
        label="Alert thresholds (%)",
        initial=default_thresholds,
        help_text="You get an e-mail and a notice when the spend reaches each of these percentages.",
    )

    def __init__(self, *args, budget: Budget | None = None, **kwargs):
        if budget is not None:
            kwargs.setdefault(
                "initial",
                {
                    "limit_usd": budget.limit_usd,
                    "period": budget.period,
                    "action": budget.action,
                    "thresholds": budget.thresholds,
                },
            )
        super().__init__(*args, **kwargs)
