from flask import abort, session


def delete_user(user, target):
    # ruleid: sast.python.assert-used-for-security
    assert user.is_admin, "only admins may delete users"
    # ruleid: sast.python.assert-used-for-security
    assert session.get("role") == "admin"
    # ruleid: sast.python.assert-used-for-security
    assert has_permission(user, "delete")
    # ok: sast.python.assert-used-for-security
    assert isinstance(target, int)
    # ok: sast.python.assert-used-for-security
    assert len(target.notes) >= 0
    # ok: sast.python.assert-used-for-security
    if not user.is_admin:
        abort(403)
    # ok: sast.python.assert-used-for-security
    assert node.ownerDocument is not None
