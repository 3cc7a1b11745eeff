"""Only what pyproject.toml cannot say: resources/ ships as data (reader.resources), and the scripts
kept beside what they make (screenshots.py, translations/update.py, icons/render.py) stay out of
the wheel — setuptools would otherwise ship every .py of a package as a module."""

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_ONLY = {"reader.resources"}


class BuildPy(build_py):
    def find_package_modules(self, package, package_dir):
        if package in DATA_ONLY:
            return []
        return super().find_package_modules(package, package_dir)


setup(cmdclass={"build_py": BuildPy})
