#!/bin/sh
# Makes tablebook.jsa, the class-data archive Tablebook starts from, beside this script in an
# installed app (lib/app/), from tablebook.classlist: the classes a real start loads, recorded
# when the package was built. Java 17 checks that the jars are where they were when the archive
# was made, so it is made where the app is installed: by packaging/build.sh for the app-image,
# and by the .deb's postinst for /opt/tablebook. Without it the app starts, only more slowly.
set -e
app=$(cd "$(dirname "$0")" && pwd)
runtime=$(dirname "$(dirname "$app")")/lib/runtime
cfg=$(ls "$app"/*.cfg | head -n 1)
# The class path exactly as the launcher passes it: the cfg's entries, in order, $APPDIR expanded.
classpath=$(sed -n "s#^app.classpath=\\\$APPDIR#$app#p" "$cfg" | paste -sd: -)
rm -f "$app/tablebook.jsa"
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/tablebook.classlist" \
  -XX:SharedArchiveFile="$app/tablebook.jsa" -cp "$classpath" > "$app/tablebook.jsa.log" 2>&1
rm -f "$app/tablebook.jsa.log"
