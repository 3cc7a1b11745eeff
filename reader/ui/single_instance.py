"""One window per data folder: a second start hands its `duidu://` link (or nothing) to the Duidu
already running, which raises its window and follows the link; the second process then exits.

The first window listens on a local socket (a Unix socket or a Windows pipe) whose name is a hash
of the user and the data folder, so two Duidus on different `--data-dir`s (the tests) are two
instances, and only the same user can connect. One request is one JSON line,
`{"open": "duidu://…"}`; the answer is `ok`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

MAX_REQUEST = 64 * 1024  # bytes: a link is far shorter; anything longer is dropped
CONNECT_MS = 1000
ANSWER_MS = 10000
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """The socket name for this user and data folder (short: a Unix socket path is at most ~100 bytes)."""
    # the uid (getpass would load termios and pwd at every start); Windows' pipes are per session anyway
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    key = f"{user}\0{Path(data_dir).resolve()}".encode("utf-8", "surrogateescape")
    return f"duidu-{hashlib.sha256(key).hexdigest()[:20]}"


def may_be_running(name: str) -> bool:
    """False when no Duidu can be listening on `name`: on Unix its socket file is missing (QLocalServer
    makes it in Qt's temp folder). So an ordinary start neither loads QtNetwork (~10 ms) nor connects."""
    if os.name == "nt":
        return True  # a named pipe: only connecting tells
    return (Path(QDir.tempPath()) / name).exists()


def hand_over(name: str, url: str = "") -> bool:
    """Send `url` ("" to just raise the window) to the Duidu listening on `name`.

    True when it answered; False when none is running (or it did not answer: then start as usual).
    """
    if not may_be_running(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(json.dumps({"open": url}).encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while ACK not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll())
    socket.disconnectFromServer()
    if ACK not in answer:
        log.warning("the Duidu running on %s did not answer", name)
        return False
    return True


class SingleInstance(QObject):
    """The listening side, owned by the first window."""

    requested = Signal(str)  # a second start asked for this link ("" : only to show the window)

    def __init__(self, name: str, parent: QObject | None = None):
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(CONNECT_MS):  # a live Duidu that did not answer: leave it be
                probe.disconnectFromServer()
                return False
            QLocalServer.removeServer(self.name)  # the socket file of a Duidu that crashed
            return self.server.listen(self.name)
        log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(ANSWER_MS, socket, socket.abort)  # a client that never finishes its line

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll())
        if len(buffer) > MAX_REQUEST:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        try:
            url = json.loads(bytes(buffer).split(b"\n", 1)[0]).get("open", "")
        except (ValueError, AttributeError):
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        socket.disconnectFromServer()
        self.requested.emit(url if isinstance(url, str) else "")


def show_request(window, url: str) -> None:
    """Bring `window` to the front and follow `url` when there is one."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    if url:
        window.open_url(url)


def serve(window, data_dir: Path) -> SingleInstance | None:
    """Make `window` the one a second start on `data_dir` hands its link to (None: cannot listen)."""
    instance = SingleInstance(server_name(data_dir), window)
    if not instance.listen():
        instance.deleteLater()
        return None
    instance.requested.connect(lambda url: show_request(window, url))
    return instance
