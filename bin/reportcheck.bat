@echo off
rem Starts reportcheck on Windows with the JVM settings of bin/reportcheck (serial collector,
rem quick compiler only; no class-data-sharing archive). The unpacked distribution has the jar
rem beside bin\, the repository has it in target\ after "mvn package"; lib\ is beside the jar.
rem Extra JVM options: REPORTCHECK_JAVA_OPTS.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\reportcheck.jar"
if not exist "%JAR%" set "JAR=%HOME_DIR%\target\reportcheck.jar"
if not exist "%JAR%" (
    echo reportcheck: reportcheck.jar not found beside bin\ nor in target\ 1>&2
    exit /b 2
)
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
"%JAVA_EXE%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %REPORTCHECK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
