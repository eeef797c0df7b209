"""In-app help: the quick guide (Chinese, with a Uyghur edition), the About dialog, and the Help menu."""
