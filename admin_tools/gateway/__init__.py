"""The AI gateway: every AI call of every app goes through `admin_tools.gateway.service`.

types.py      what providers take and give (no Django)
providers/    one module per provider kind: anthropic, openai_compat, offline
pricing.py    cost of a call from its usage and the model's prices (no Django)
routing.py    which models may answer a request, in order (registry, health, budgets)
circuit.py    per-model circuit breaker kept in the cache
service.py    chat(): route, reserve budget, call with retries and fallback, settle, write the ledger
"""
