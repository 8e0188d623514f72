@echo off
rem Starts the reviewer's desk (reportcheck serve) and opens it in the browser: double-click this file.
rem The window must stay open while the desk is used; close it (or press Ctrl+C) to stop the desk.
rem Options of serve may follow, e.g. reportcheck-desk.bat --port 8765
call "%~dp0reportcheck.bat" serve %*
if errorlevel 1 pause
