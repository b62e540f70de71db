"""The AI gateway: every AI call of every app goes through `admin_tools.gateway.service`.

types.py      what providers take and give (no Django)
providers/    one module per provider kind: anthropic, openai_compat, offline
pricing.py    cost of a call from its usage and the model's prices (no Django)
routing.py    which models may answer a request, in order (registry, health, budgets)
circuit.py    per-model circuit breaker kept in the cache
service.py    chat(): route, reserve budget, call with retries and fallback, settle, write the ledger
"""

from django.db.models.signals import post_delete, post_save


def _enabled_models_forget(**kwargs) -> None:
    from admin_tools.gateway import routing

    routing.enabled_models_forget()


# Connected here, not in routing.py, so that every process that can change a registry row clears the cached
# list, whether or not it has imported the gateway's modules (this package loads with admin_tools.models).
post_save.connect(_enabled_models_forget, sender="admin_tools.AIModel", dispatch_uid="gateway_models_saved")
post_delete.connect(_enabled_models_forget, sender="admin_tools.AIModel", dispatch_uid="gateway_models_deleted")
