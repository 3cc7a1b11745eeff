from pathlib import Path

from reader.core.content.paths import resolve_paths


def std():
    return Path("/std/data"), Path("/std/cache")


def test_explicit_beats_environment_beats_standard(tmp_path):
    env = {"DUIDU_DATA_DIR": "/env/data", "DUIDU_CONTENT_DIR": "/env/content"}
    p = resolve_paths(tmp_path / "c", tmp_path / "d", standard=std, env=env)
    assert (p.content_dir, p.data_dir, p.cache_dir) == (tmp_path / "c", tmp_path / "d", tmp_path / "d" / "cache")
    assert p.isolated and p.settings_file == tmp_path / "d" / "settings.ini"
    p = resolve_paths(standard=std, env=env)
    assert (p.content_dir, p.data_dir) == (Path("/env/content"), Path("/env/data"))
    p = resolve_paths(standard=std, env={})
    assert (p.data_dir, p.cache_dir, p.isolated) == (Path("/std/data"), Path("/std/cache"), False)
    assert p.content_dir == Path(__file__).resolve().parents[3] / "content"
