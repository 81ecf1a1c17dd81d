# Spoorzoeker: the third-party libraries shipped in this build, with their licences.
# Generated at build time by license-maven-plugin from the runtime dependencies (src/license/).
# One library a line: group:artifact:version<TAB>name<TAB>licences (" | " between them)<TAB>home page.
# Licence texts: licences/<licence>.txt beside this file; each library's own LICENSE/NOTICE files:
# <artifactId>/; copyright lines of libraries whose jar has none: notices/<groupId>.txt. Data derived
# from Unicode's files (the privacy check's look-alike characters): notices/unicode-data.txt.
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}:${p.artifactId}:${p.version}	${p.name!p.artifactId}	${e.getValue()?join(" | ")}	${p.url!"-"}
</#list>
