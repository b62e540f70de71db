"""admin_tools' models, one module per concern; everything is importable from here (migrations name
`admin_tools.models.default_thresholds`)."""

from admin_tools.models.accounts import AccountManager, FamilyLink, Role, User, UserQuerySet
from admin_tools.models.budgets import (
    Budget,
    BudgetAlert,
    BudgetAlertDismissal,
    BudgetAlertQuerySet,
    BudgetQuerySet,
    default_thresholds,
)
from admin_tools.models.flags import FeatureFlag, flag_bucket
from admin_tools.models.registry import AIModel, AIModelQuerySet, Provider, UsageRecord

__all__ = [
    "AIModel",
    "AIModelQuerySet",
    "AccountManager",
    "Budget",
    "BudgetAlert",
    "BudgetAlertDismissal",
    "BudgetAlertQuerySet",
    "BudgetQuerySet",
    "FamilyLink",
    "FeatureFlag",
    "Provider",
    "Role",
    "UsageRecord",
    "User",
    "UserQuerySet",
    "default_thresholds",
    "flag_bucket",
]
