"""What the articles say a person is: the roles and organisations they were given.

Adds ``entity_roles`` to the entities row page (templates/row-news-entities.html),
each with how many articles gave it and when last, so a researcher sees
"senior organiser for public services, GMB" beside the name.
"""
from datasette import hookimpl

ROLES_SQL = """
select mentions.role, affiliation.name as organisation,
  count(distinct mentions.article_id) as articles,
  max(substr(coalesce(articles.published, articles.first_seen), 1, 10)) as last_seen
from mentions
  join articles on articles.id = mentions.article_id
  left join entities affiliation on affiliation.id = mentions.affiliation_id
where mentions.entity_id = :id and (mentions.role is not null or mentions.affiliation_id is not null)
group by lower(mentions.role), affiliation.name
order by last_seen desc, articles desc
limit 20
"""


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "entities" or request is None:
        return {}

    async def entity_roles():
        pks = request.url_vars.get("pks", "")
        if not pks.isdigit():
            return []
        db = datasette.get_database(database)
        return [dict(r) for r in await db.execute(ROLES_SQL, {"id": int(pks)})]

    async def inner():
        return {"entity_roles": await entity_roles()}

    return inner
