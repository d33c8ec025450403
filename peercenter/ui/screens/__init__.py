"""One module or package per screen; each is listed in ``peercenter.ui.navigation.SCREENS``."""
