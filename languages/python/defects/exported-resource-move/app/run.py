class Gadget:
    live = 0

    def __init__(self, label: str) -> None:
        self.label = label
        Gadget.live += 1

    def __del__(self) -> None:
        Gadget.live -= 1
