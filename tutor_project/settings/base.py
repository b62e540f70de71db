"""The one settings module. Behaviour is chosen by environment variables, never by code asking
"am I in production". With nothing set, the whole product runs in one process on embedded
defaults: SQLite under var/, an in-memory channel layer and an in-process Celery worker."""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.management.utils import get_random_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

VAR_DIR = Path(env("VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated on first start and kept in var/."""
    if key := env("SECRET_KEY", default=""):
        return key
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(get_random_secret_key() + get_random_secret_key())
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.headless",
    "allauth.usersessions",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "channels",
    "waffle",
    # our apps, lowest first: each may import only the ones listed before it
    "admin_tools",
    "spaced_repetition",
    "learning",
    "conversations",
    "sync",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "admin_tools.middleware.UserSessionActivityMiddleware",  # allauth's activity tracking, throttled
    "django_htmx.middleware.HtmxMiddleware",
    "waffle.middleware.WaffleMiddleware",
]

ROOT_URLCONF = "tutor_project.urls"
ASGI_APPLICATION = "tutor_project.asgi.application"
WSGI_APPLICATION = "tutor_project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "admin_tools.flags.context_processor",
                "admin_tools.context_processors.budget_banners",
            ],
        },
    },
]

# --- Database: PostgreSQL via DATABASE_URL, else SQLite in WAL mode (embedded worker threads write too)
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL;",
    }
else:
    # Under an ASGI server CONN_MAX_AGE opens a connection per request; a pool reuses them.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env.int("DATABASE_POOL_MIN", default=2),
        "max_size": env.int("DATABASE_POOL_MAX", default=10),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: channel layer, Celery broker and cache. Without it: in-process equivalents.
REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # Redis pub/sub: a streamed reply is many small events to one page, delivered in order; pub/sub costs a
    # third of the core layer's list-and-sorted-set work per event and has no per-channel capacity to overflow.
    # An event for a page that is not connected is dropped (the page reads the stored state when it connects).
    CHANNEL_LAYERS = {
        "default": {"BACKEND": "tutor_project.layers.RedisPubSubChannelLayer", "CONFIG": {"hosts": [REDIS_URL]}}
    }
    CELERY_BROKER_URL = REDIS_URL
    CACHES = {"default": {"BACKEND": "tutor_project.cache.RedisCache", "LOCATION": REDIS_URL}}
else:  # embedded mode: one process, nothing else to install (see tutor_project/embedded.py)
    CHANNEL_LAYERS = {"default": {"BACKEND": "tutor_project.layers.ThreadSafeInMemoryChannelLayer"}}
    CELERY_BROKER_URL = "memory://"
    # kombu's virtual transports sleep 1 s after an empty poll by default: ~1 s task pickup.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"polling_interval": 0.05}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Celery (never eager: an eager task blocks its caller and hides serialisation bugs)
CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE: dict = {
    # Calls roll an ended budget period over themselves; this resets idle budgets for the pages.
    "budgets-roll-periods": {"task": "admin_tools.tasks.budgets_roll_periods", "schedule": 300.0},
    # Closes only leagues whose week ended, so running often is harmless and a missed run catches up.
    "leagues-close-week": {"task": "learning.tasks.leagues_close_week", "schedule": 900.0},
    # Tombstones every device has pulled past go; the change feed and its counter are reconciled.
    "sync-prune-tombstones": {"task": "sync.tasks.tombstones_prune", "schedule": 3600.0},
    # The vector store made to match the cards, should a task have been lost (a worker stopped mid-way).
    "cards-reconcile-embeddings": {"task": "spaced_repetition.tasks.cards_reconcile", "schedule": 86400.0},
}
# Start the worker and beat inside the ASGI process. On by default only when the broker is the
# in-memory one, which nothing outside this process can reach.
EMBEDDED_WORKER = env.bool("EMBEDDED_WORKER", default=CELERY_BROKER_URL.startswith("memory://"))

# --- Vector store (ChromaDB): embedded persistent directory, or a Chroma server
CHROMA_PATH = Path(env("CHROMA_PATH", default=str(VAR_DIR / "chroma")))
CHROMA_URL = env("CHROMA_URL", default="")

# --- AI gateway (admin_tools.gateway): provider keys are read from the env var each model names
AI_TIMEOUT = env.float("AI_TIMEOUT", default=60.0)
AI_RETRIES = env.int("AI_RETRIES", default=2)  # per model, on 429/5xx/overloaded/timeouts
AI_RETRY_DELAY = env.float("AI_RETRY_DELAY", default=0.5)  # first backoff in seconds, doubled each retry

# --- Spaced repetition: FSRS fuzz spreads due dates of cards learned together (tests turn it off)
SRS_FUZZ = env.bool("SRS_FUZZ", default=True)
# Seconds a streaming reply goes on after the last page of its conversation closed (a reload comes back in time).
CONVERSATION_ABANDON_GRACE = env.float("CONVERSATION_ABANDON_GRACE", default=5.0)

# --- Offline sync (sync app)
# Per-table conflict policy overrides, e.g. "cards=manual_review,decks=server_wins" (defaults: sync/registry.py).
SYNC_CONFLICT_POLICIES = env.dict("SYNC_CONFLICT_POLICIES", default={})
# A device not seen for this many days no longer keeps tombstones alive; when it returns it gets a full resync.
SYNC_DEVICE_STALE_DAYS = env.int("SYNC_DEVICE_STALE_DAYS", default=90)
# Background work of a push still not done after this long makes /api/v1/sync/status unhealthy.
SYNC_FOLLOWUP_STALE = timedelta(seconds=env.int("SYNC_FOLLOWUP_STALE", default=600))

# --- Feature flags (django-waffle with our flag model: admin_tools/flags.py). Flags are decided from
# the user alone, by a stable hash for percentages, so waffle's cookies never come into play.
WAFFLE_FLAG_MODEL = "admin_tools.FeatureFlag"

# --- Auth and accounts (django-allauth; headless "app" client for mobile)
AUTH_USER_MODEL = "admin_tools.User"
AUTHENTICATION_BACKENDS = [  # Django's and allauth's, reading the learner's profile with the user
    "learning.auth_backends.ModelBackend",
    "learning.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_ADAPTER = "admin_tools.accounts.AccountAdapter"
# Children log in with the username their parent chose; everyone else with e-mail.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SIGNUP_REDIRECT_URL = "learning:onboarding"
ACCOUNT_ALLOW_SIGNUP = env.bool("ACCOUNT_ALLOW_SIGNUP", default=True)
ACCOUNT_RATE_LIMITS = {
    "login_failed": env("RATE_LIMIT_LOGIN_FAILED", default="10/m/ip,5/5m/key"),
    "signup": env("RATE_LIMIT_SIGNUP", default="20/m/ip"),
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Language Tutor] "
HEADLESS_CLIENTS = ("app",)
HEADLESS_SERVE_SPECIFICATION = True
# Shows "last seen" on the sessions pages; admin_tools.middleware records it (at most every 5 minutes per session).
USERSESSIONS_TRACK_ACTIVITY = True

# --- E-mail: console by default, SMTP when EMAIL_URL is set (smtp+tls://user:pass@host:587)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if env("EMAIL_URL", default=""):
    globals().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Language Tutor <tutor@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Admin", a) for a in env.list("ADMIN_EMAILS", default=[])]

# --- API
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "tutor_project.authentication.SessionTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "tutor_project.api.PagePagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="60/min"),
        "user": env("API_THROTTLE_USER", default="600/min"),
    },
    "EXCEPTION_HANDLER": "tutor_project.api.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Language Tutor API",
    "DESCRIPTION": (
        "JSON API for mobile clients. Authenticate with the `X-Session-Token` header obtained from "
        "the allauth headless app endpoints under `/_allauth/app/v1/` (see `/_allauth/openapi.html`)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",  # served from our static files, no CDN
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # A child's budget offers a subset of the periods; name the full set so the two enums do not collide.
    "ENUM_NAME_OVERRIDES": {
        "BudgetPeriodEnum": "admin_tools.models.Budget.Period",
        "CardKindEnum": "spaced_repetition.models.Card.Kind",
        "CardSourceEnum": "spaced_repetition.models.Card.Source",
        "MessageKindEnum": "conversations.models.Message.Kind",
        "CorrectionSourceEnum": "conversations.models.Correction.Source",
        "PersonaEnum": "learning.models.Persona",
        "LevelEnum": "learning.models.Level",
        "PlayStateEnum": "conversations.scenario_models.Play.State",
        "CardStateEnum": "spaced_repetition.models.Card.State",
        "ScenarioCategoryEnum": "conversations.scenario_models.Category",
    },
}

# --- i18n, time
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files (served by WhiteNoise, so one process needs no separate web server)
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

# --- Security: safe by default; HTTPS-only settings follow SECURE_SSL (behind TLS in production)
SECURE_SSL = env.bool("SECURE_SSL", default=False)
SECURE_SSL_REDIRECT = SECURE_SSL
SESSION_COOKIE_SECURE = SECURE_SSL
CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if SECURE_SSL else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_SSL
SECURE_HSTS_PRELOAD = SECURE_SSL
if env.bool("SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
