from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from admin_tools import health


@never_cache
@require_GET
def healthz(request):
    checks = health.run_checks()
    failing = [name for name, result in checks.items() if not result["ok"]]
    body = {"status": "error" if failing else "ok", "failing": failing, "checks": checks}
    return JsonResponse(body, status=503 if failing else 200)
