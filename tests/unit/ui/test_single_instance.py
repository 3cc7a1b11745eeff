"""The single instance's socket name: one per user and data folder, however the folder is spelled."""

from reader.ui.single_instance import hand_over, server_name


def test_the_same_folder_gives_the_same_name_and_another_folder_another(tmp_path):
    (tmp_path / "data").mkdir()
    name = server_name(tmp_path / "data")
    assert name == server_name(tmp_path / "." / "data") == server_name(tmp_path / "other" / ".." / "data")
    assert name != server_name(tmp_path / "data2")
    assert name.startswith("duidu-") and len(name) < 40  # a Unix socket's path is at most ~100 bytes


def test_nobody_listening_means_no_hand_over(tmp_path, qapp):
    assert hand_over(server_name(tmp_path / "nobody"), "duidu://open?article=x") is False
