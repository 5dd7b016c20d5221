"""The supervisor review web app (``speechqa serve``): pages, htmx partials and ``/api/v1``.

Built on ``speechqa.review`` (accounts, permissions, queue, overrides, audit) and the results
store; ``create_app`` in ``speechqa.web.app`` assembles it. Templates, static assets
(vendored htmx, see ``static/vendor/VENDORED.md``) and the message catalogues ship inside
this package, so an installed speechqa serves the app with no network access.
"""
