"""Rebuild third_party/torchaudio-<v>+pyonly-py3-none-any.whl from PyPI's torchaudio wheel.

Why: pyannote.audio imports torchaudio, but every Linux x86-64 torchaudio wheel on PyPI
is linked against CUDA torch and fails to import beside the CPU build of torch that
speechqa pins. pyannote only needs torchaudio's pure-Python parts (compliance.kaldi,
transforms.MFCC, functional.resample), and torchaudio itself runs without its C++
extension when the extension files are absent (the same thing its own
BUILD_TORCHAUDIO_PYTHON_ONLY=1 source build produces). This script repacks the
official wheel without the compiled libraries and with a non-exact torch requirement.

Usage: python tools/build_torchaudio_pyonly.py [--version 2.11.0] [--out third_party]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build(version: str, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
             "--platform", "manylinux_2_28_x86_64", "--python-version", "3.11",
             f"torchaudio=={version}", "-d", tmp],
            check=True,
        )
        source = next(Path(tmp).glob(f"torchaudio-{version}-*.whl"))
        local_version = f"{version}+pyonly"
        old_info = f"torchaudio-{version}.dist-info"
        new_info = f"torchaudio-{local_version}.dist-info"
        target = out_dir / f"torchaudio-{local_version}-py3-none-any.whl"
        records: list[str] = []
        with zipfile.ZipFile(source) as src, zipfile.ZipFile(
            target, "w", compression=zipfile.ZIP_DEFLATED
        ) as dst:
            for item in sorted(src.infolist(), key=lambda i: i.filename):
                name = item.filename
                if name.endswith(".so") or name.endswith("/RECORD") or name.endswith("/"):
                    continue
                data = src.read(name)
                name = name.replace(old_info, new_info)
                if name.endswith("/METADATA"):
                    lines = []
                    for line in data.decode().splitlines():
                        if line.startswith("Version:"):
                            line = f"Version: {local_version}"
                        elif line.startswith("Requires-Dist: torch=="):
                            line = "Requires-Dist: torch>=2.8"
                        lines.append(line)
                    data = ("\n".join(lines) + "\n").encode()
                elif name.endswith("/WHEEL"):
                    data = (
                        b"Wheel-Version: 1.0\nGenerator: speechqa-tools\n"
                        b"Root-Is-Purelib: true\nTag: py3-none-any\n"
                    )
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                dst.writestr(info, data)
                records.append(_record_line(name, data))
            records.append(f"{new_info}/RECORD,,")
            info = zipfile.ZipInfo(f"{new_info}/RECORD", date_time=(2026, 1, 1, 0, 0, 0))
            dst.writestr(info, "\n".join(records) + "\n")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default="2.11.0")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent.parent / "third_party")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(build(args.version, args.out))
