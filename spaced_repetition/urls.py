app_name = "spaced_repetition"
urlpatterns: list = []
