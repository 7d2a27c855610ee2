"""Open a DOCX in LibreOffice (headless, through UNO), accept or reject every tracked change and
print the document's paragraphs, one per line. Run with the system Python that has ``uno``:

    /usr/bin/python3 lo_revisions.py FILE.docx PROFILE_DIR

Prints ``REDLINES n`` (the tracked changes LibreOffice found on opening), then ``== accept``
and the paragraphs after accepting all, then ``== reject`` and the paragraphs after rejecting all.
"""

import os
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def _prop(name, value):
    prop = PropertyValue()
    prop.Name = name
    prop.Value = value
    return prop


def main():
    path, profile = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    pipe = "pe" + uuid.uuid4().hex
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 60
        while True:
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                if time.monotonic() > deadline or office.poll() is not None:
                    raise
                time.sleep(0.2)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        for action in ("accept", "reject"):
            document = desktop.loadComponentFromURL(
                uno.systemPathToFileUrl(path), "_blank", 0, (_prop("Hidden", True),)
            )
            if action == "accept":
                print(f"REDLINES {document.getRedlines().getCount()}")
            print(f"== {action}")
            command = ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
            dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, "", 0, ())
            enum = document.getText().createEnumeration()
            while enum.hasMoreElements():
                paragraph = enum.nextElement()
                if paragraph.supportsService("com.sun.star.text.Paragraph"):
                    print(paragraph.getString())
            document.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge drops as soffice exits
            pass
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
